// Diagnostics are capped so a file of ten thousand mistakes still loads, and reports, quickly.
#include "kiosk/content/reporter.h"

#include <algorithm>

#include "kiosk/content/content_limits.h"

namespace kiosk {

void Reporter::add(Severity severity, SourcePos where, std::string message) {
    // Messages quote the organiser's text, which may hold line breaks; a diagnostic stays one line.
    for (auto& c : message) {
        if (static_cast<unsigned char>(c) < 0x20U) c = ' ';
    }
    if (severity == Severity::Error) ++errors_;
    if (list_.size() >= limits::kMaxDiagnostics) {
        ++(severity == Severity::Error ? dropped_errors_ : dropped_warnings_);
        return;
    }
    list_.push_back(Diagnostic{severity, std::move(where), std::move(message)});
}

SourcePos Reporter::pos(const YAML::Mark& mark) const {
    if (mark.is_null()) return whole_file();
    const LineColumn lc = lines_.at_mark(mark.line, mark.column);
    return SourcePos{file_, lc.line, lc.column};
}

SourcePos Reporter::at_offset(std::size_t offset) const {
    const LineColumn lc = lines_.at_offset(offset);
    return SourcePos{file_, lc.line, lc.column};
}

Diagnostics Reporter::finish() {
    std::stable_sort(list_.begin(), list_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
    });
    if (dropped_errors_ + dropped_warnings_ > 0) {
        list_.push_back(Diagnostic{dropped_errors_ > 0 ? Severity::Error : Severity::Warning, whole_file(),
                                   "too many problems: " + std::to_string(dropped_errors_) + " more errors and " +
                                       std::to_string(dropped_warnings_) + " more warnings are not listed"});
    }
    return std::move(list_);
}

}  // namespace kiosk
