// Formatting of diagnostics and errors in the compiler style that editors and CI logs understand.
#include "kiosk/base/diagnostic.h"

#include <algorithm>

namespace kiosk {

namespace {

// "file", "file:12" or "file:12:9".
std::string format_pos(const SourcePos& pos) {
    std::string out = pos.file;
    if (pos.line > 0) {
        out += ":" + std::to_string(pos.line);
        if (pos.column > 0) out += ":" + std::to_string(pos.column);
    }
    return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
    return format_pos(d.pos) + (d.severity == Severity::Error ? ": error: " : ": warning: ") + d.message;
}

std::string format_error(const Error& e) {
    return e.pos ? format_pos(*e.pos) + ": " + e.message : e.message;
}

Error to_error(const Diagnostic& d) {
    return Error{.message = d.message, .pos = d.pos};
}

Diagnostic to_diagnostic(const Error& e, Severity severity) {
    return Diagnostic{.severity = severity, .pos = e.pos.value_or(SourcePos{}), .message = e.message};
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
