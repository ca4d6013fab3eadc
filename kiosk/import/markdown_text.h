// Markdown, as pretalx speakers write abstracts and bios, reduced to the plain text a screen shows.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::import {

// Parsed as CommonMark (cmark): links and images keep their text, emphasis and code marks go,
// headings and quotes lose their markers, list items become "• " lines, inline HTML tags go.
// Lines of one paragraph are joined with a space; blocks are separated by a blank line. Entities
// are decoded by the parser; what only looks like Markdown ("2*3=6", "[1]") stays as written.
std::string markdown_to_text(std::string_view markdown);

// Only the inline marks (emphasis, code, links) of each line, keeping the lines as they are: for
// HTML whose text still holds Markdown, as pretalx bios sometimes do.
std::string markdown_inline_text(std::string_view text);

}  // namespace kiosk::import
