// Markdown, as pretalx speakers write abstracts and bios, reduced to the plain text a screen shows.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::import {

// Links and images keep their text, emphasis and code marks go, headings and quotes lose their
// markers, list items become "• " lines. Lines of one paragraph are joined with a space.
// Entities are left for the caller to decode.
std::string markdown_to_text(std::string_view markdown);

// Only the inline marks (emphasis, code, links) of each line, keeping the lines as they are: for
// HTML whose text still holds Markdown, as pretalx bios sometimes do.
std::string markdown_inline_text(std::string_view text);

}  // namespace kiosk::import
