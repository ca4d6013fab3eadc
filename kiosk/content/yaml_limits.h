// A quick scan of raw YAML text for nesting depth and entry count, before yaml-cpp sees it.
//
// yaml-cpp recurses once per nesting level and keeps about half a kilobyte per node, so a file of
// 100,000 nested brackets would overflow the stack and a file of tiny list items would take a
// gigabyte. The scan follows just enough YAML (quotes, comments, block scalars, flow brackets,
// block indentation and "- " entries) to bound both, in one pass over the bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kiosk/content/utf8_check.h"

namespace kiosk {

struct YamlLimits {
    int max_nesting = 0;
    std::size_t max_entries = 0;
};

// The first place where `text` goes past a limit, or nothing when it stays within them.
std::optional<TextProblem> check_yaml_limits(std::string_view text, const YamlLimits& limits);

// The offset of the opening quote of a quoted text that runs on to the end of `text`, by the same
// scan; nothing when every quote is closed.
std::optional<std::size_t> quote_open_at_end(std::string_view text);

struct QuoteSpan {
    std::size_t open = 0;   // offset of the opening quote
    std::size_t close = 0;  // offset of the closing quote
};

// The quoted texts that run on over more than one line, in file order, by the same scan. Such a
// text is legal YAML, but it is most often a closing quote left out.
std::vector<QuoteSpan> multi_line_quotes(std::string_view text);

}  // namespace kiosk
