// Parsing YAML text with yaml-cpp, with the one syntax check yaml-cpp 0.7 misses added back.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string_view>

namespace kiosk {

// YAML::Load, except that a quoted text left open at the end of the file is an error too.
// yaml-cpp 0.7 accepts such a text when the file ends with a line break, and reads the rest of
// the file into it, so a forgotten closing quote would silently swallow every later key.
// Throws YAML::Exception as YAML::Load does; an unclosed quote is reported at its opening quote.
YAML::Node parse_yaml_text(std::string_view text);

}  // namespace kiosk
