// Helpers for the content tests; they add no logic of their own beyond searching diagnostics.
#include "tests/content/content_test_support.h"

#include <date/date.h>

#include <sstream>

namespace kiosk::test {

LoadResult load_yaml(std::string_view yaml, const LoadOptions& options) {
    return load_content_text(yaml, "test.yaml", options);
}

std::string with_head(std::string_view rest) { return std::string(kEventHead) + std::string(rest); }

bool has_diagnostic(const LoadResult& r, Severity severity, int line, int column, std::string_view fragment) {
    for (const auto& d : r.diagnostics) {
        if (d.severity == severity && d.pos.line == line && d.pos.column == column &&
            d.message.find(fragment) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::string listing(const LoadResult& r) {
    std::string out = "diagnostics:\n";
    for (const auto& d : r.diagnostics) out += "  " + format_diagnostic(d) + "\n";
    return out;
}

Instant utc(const std::string& text) {
    std::istringstream in(text);
    date::sys_seconds t{};
    in >> date::parse("%Y-%m-%d %H:%M", t);
    return t;
}

}  // namespace kiosk::test
