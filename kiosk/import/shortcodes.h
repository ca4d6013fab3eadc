// Custom emoji written as ":shortcode:" in Mastodon names and posts, removed from text.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace kiosk::import {

// Removes ":name:" for every name in `known`; with no list at all (servers before emojis[] existed),
// every ":word:" that holds a letter. A space is kept where the code stood between two words.
// The model has no inline images, so the emoji cannot be drawn; a raw ":blobcat:" is noise.
std::string remove_shortcodes(std::string_view text, const std::set<std::string, std::less<>>* known);

}  // namespace kiosk::import
