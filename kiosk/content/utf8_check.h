// Finds the first byte that makes a text not valid UTF-8 YAML: yaml-cpp would accept it silently.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct TextProblem {
    std::size_t offset = 0;  // of the first offending byte
    std::string message;     // plain words: what is wrong and what is expected
};

// Invalid UTF-8 (stray, truncated, overlong or surrogate sequences), and control characters
// other than tab, line feed and carriage return, which no YAML file may contain.
std::optional<TextProblem> check_utf8_text(std::string_view text);

// The text without a leading UTF-8 byte order mark, which editors on some systems add.
std::string_view strip_utf8_bom(std::string_view text);

}  // namespace kiosk
