// ASCII helpers for the plain-text formats the kiosk reads (HTTP headers, dates, clock times,
// Markdown). Which characters count as blank is the caller's: each format has its own idea.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

inline constexpr std::string_view kBlanks = " \t";          // the spaces and tabs within a line
inline constexpr std::string_view kWhiteSpace = " \t\r\n";  // blanks and line ends

// `s` without the leading, trailing, or both, characters that are in `blanks`.
std::string_view trim_start(std::string_view s, std::string_view blanks = kBlanks);
std::string_view trim_end(std::string_view s, std::string_view blanks = kBlanks);
std::string_view trim(std::string_view s, std::string_view blanks = kBlanks);

// `s` with A-Z lowered; every other byte, UTF-8 included, is kept as it is.
std::string ascii_lower(std::string_view s);

}  // namespace kiosk
