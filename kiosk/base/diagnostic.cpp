// Formatting of diagnostics in the compiler style that editors and CI logs understand.
#include "kiosk/base/diagnostic.h"

#include <algorithm>

namespace kiosk {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.pos.file;
    if (d.pos.line > 0) {
        out += ":" + std::to_string(d.pos.line);
        if (d.pos.column > 0) out += ":" + std::to_string(d.pos.column);
    }
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

int count(const Diagnostics& ds, Severity s) {
    return static_cast<int>(std::count_if(ds.begin(), ds.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

bool has_errors(const Diagnostics& ds) { return count(ds, Severity::Error) > 0; }

static std::string plural(int n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string summarise(const Diagnostics& ds) {
    return plural(count(ds, Severity::Error), "error") + ", " + plural(count(ds, Severity::Warning), "warning");
}

std::string first_error(const Diagnostics& ds) {
    for (const auto& d : ds) {
        if (d.severity == Severity::Error) return format_diagnostic(d);
    }
    return "the document did not load";
}

}  // namespace kiosk
