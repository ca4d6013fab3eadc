// HTML (Mastodon statuses, feed items, abstracts) to the clean text a screen shows, through gumbo.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::import {

// Paragraphs become blank lines, <br> a line break, list items "• " lines; links keep their text.
// Mastodon's link shortening is honoured: class "invisible" spans are dropped and class "ellipsis"
// spans end in "…". Scripts, styles and images leave nothing. Entities are decoded.
std::string html_to_text(std::string_view html);

// True when `text` holds tags an HTML parser should read rather than characters to show.
bool looks_like_html(std::string_view text);

}  // namespace kiosk::import
