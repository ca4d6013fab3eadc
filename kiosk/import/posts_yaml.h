// The curated posts file: moderated posts written as the content format's `posts:` list, which every
// screen reads from the content URL instead of polling Mastodon itself.
#pragma once

#include <string>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk::import {

// A YAML document holding only `posts:`, in the order given (pins first, as moderate() sorts them).
// Times are written in UTC with "Z"; a post with no time has no `time` key, so it is never "now".
std::string posts_yaml(const std::vector<Post>& posts);

}  // namespace kiosk::import
