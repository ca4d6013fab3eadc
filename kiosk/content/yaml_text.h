// Parsing YAML text with yaml-cpp within fixed limits, with the one syntax check yaml-cpp 0.7 misses added back.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"

#include "kiosk/content/yaml_limits.h"
#include "kiosk/content/yaml_quotes.h"

namespace kiosk {

// A YAML text that cannot be read: why, and where.
struct YamlTextError {
    Error error;              // yaml-cpp's words (or the limit's), at file:line:column, 1-based
    YAML::Mark mark;          // the same place as yaml-cpp counts it, from 0, for callers that look around it
    bool past_limit = false;  // a limit of YamlLimits was passed: the message is the kiosk's own, not yaml-cpp's
};

// YAML::Load, except that the document is first read as events within `limits` (an error at the
// first node past one, before any tree is built), and a quoted text left open at the end of the
// file is an error too.
// yaml-cpp 0.7 accepts such a text when the file ends with a line break, and reads the rest of
// the file into it, so a forgotten closing quote would silently swallow every later key.
// yaml-cpp's exceptions stop here and come back as the error; an unclosed quote is reported at its
// opening quote. `file` names the text in the error's position.
Result<YAML::Node, YamlTextError> parse_yaml_text(std::string_view text, const YamlLimits& limits,
                                                  const std::string& file = {});

// When yaml-cpp fails at `error` on the line where a quoted text running over several lines
// closed, or on the line after, and that closing quote stands where a value starts (`key: "`),
// that text: its own closing quote is then the likely mistake, far from where yaml-cpp noticed.
std::optional<QuoteSpan> runaway_quote_before(std::string_view text, const YAML::Mark& error);

}  // namespace kiosk
