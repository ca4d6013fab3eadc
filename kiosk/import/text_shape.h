// Whitespace and length for text read from other people's exports: trimmed, collapsed, bounded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::import {

// One line: every run of whitespace (line breaks included) becomes one space; control characters go.
std::string shape_line(std::string_view text);

// Paragraphs: CRLF and CR become LF, spaces collapse within lines, lines are trimmed, at most one
// blank line separates paragraphs, and the whole is trimmed.
std::string shape_paragraphs(std::string_view text);

// At most `max_chars` code points, cut at a word boundary with "…" when cut at all, and never inside
// a grapheme cluster.
std::string truncate_text(std::string_view text, std::size_t max_chars);

// Number of code points in valid UTF-8.
std::size_t char_count(std::string_view text);

// A title, name or room: markup read or entities decoded, then one line.
std::string clean_line(std::string_view raw);

// An abstract, bio or post: HTML read by a parser, or Markdown reduced to text, then paragraphs.
std::string clean_rich(std::string_view raw);

}  // namespace kiosk::import
