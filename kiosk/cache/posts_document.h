// Reading a separate posts feed: a YAML file whose top level holds only a `posts:` list.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/content/content_loader.h"

namespace kiosk {

// Parses a posts feed with the content loader's own rules for posts. Local times are read in
// `time_zone` (the event's zone, an IANA name). Diagnostics name `source_name` with the feed's
// own line numbers. On success, only `content->posts` is meaningful.
LoadResult load_posts_text(std::string_view text, const std::string& source_name, const std::string& base,
                           const std::string& time_zone);

}  // namespace kiosk
