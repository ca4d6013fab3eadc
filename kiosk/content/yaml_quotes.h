// A quick scan of raw YAML text for quoted texts, so that messages can point at a quote left open.
//
// The scan follows just enough YAML (quotes, comments, block scalars, flow brackets) to tell where
// quoted texts open and close. It is for messages only: the limits on what a file may cost are
// enforced on yaml-cpp's own event stream (yaml_limits.h), which nothing can slip past.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace kiosk {

// The offset of the opening quote of a quoted text that runs on to the end of `text`; nothing when
// every quote is closed.
std::optional<std::size_t> quote_open_at_end(std::string_view text);

// Lists and maps written in brackets ([a, b], {k: v}) are bounded before yaml-cpp sees them:
// its scanner may hold every token inside brackets until the outermost is resolved (some 140
// bytes each, 600 MB for a 4 MiB file), before the parser reports a single event to count.
struct FlowLimits {
    std::size_t max_depth = 0;
    std::size_t max_tokens = 0;  // keys, texts and punctuation inside brackets, in the whole file
};

struct FlowProblem {
    std::size_t offset = 0;  // where the limit was passed
    bool too_deep = false;   // the depth limit, else the token limit
};

// The first place where brackets go past a limit, by the same scan; nothing when none does.
std::optional<FlowProblem> check_flow_style(std::string_view text, const FlowLimits& limits);

struct QuoteSpan {
    std::size_t open = 0;   // offset of the opening quote
    std::size_t close = 0;  // offset of the closing quote
};

// The quoted texts that run on over more than one line, in file order. Such a
// text is legal YAML, but it is most often a closing quote left out.
std::vector<QuoteSpan> multi_line_quotes(std::string_view text);

}  // namespace kiosk
