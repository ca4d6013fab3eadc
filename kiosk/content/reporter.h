// Collects the diagnostics of one load, placing yaml-cpp marks at 1-based lines and columns.
#pragma once

#include <yaml-cpp/mark.h>

#include <cstddef>
#include <string>
#include <utility>

#include "kiosk/base/diagnostic.h"
#include "kiosk/content/line_index.h"

namespace kiosk {

class Reporter {
public:
    Reporter(std::string file, const LineIndex& lines) : file_(std::move(file)), lines_(lines) {}

    void error(const YAML::Mark& mark, std::string message) { add(Severity::Error, pos(mark), std::move(message)); }
    void warning(const YAML::Mark& mark, std::string message) { add(Severity::Warning, pos(mark), std::move(message)); }
    void add(Severity severity, SourcePos where, std::string message);

    SourcePos pos(const YAML::Mark& mark) const;
    SourcePos at_offset(std::size_t offset) const;
    SourcePos whole_file() const { return SourcePos{file_, 1, 1}; }
    bool has_errors() const { return errors_ > 0; }

    // Sorted by position; past the limit, one closing note says how many were left out.
    Diagnostics finish();

private:
    std::string file_;
    const LineIndex& lines_;
    Diagnostics list_;
    std::size_t errors_ = 0;
    std::size_t dropped_errors_ = 0;
    std::size_t dropped_warnings_ = 0;
};

}  // namespace kiosk
