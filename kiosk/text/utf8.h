// UTF-8 decoding and encoding that never fails: invalid bytes are dropped, not replaced.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::text::utf8 {

// Decodes `text` to code points. Invalid sequences (stray continuation bytes, overlong forms,
// surrogates, values past U+10FFFF, truncated sequences) are skipped byte by byte.
std::vector<char32_t> decode(std::string_view text);

// Appends the UTF-8 form of one valid code point to `out`.
void append(std::string& out, char32_t code_point);

std::string encode(const std::vector<char32_t>& code_points);

}  // namespace kiosk::text::utf8
