// Content with the longest texts the format allows, generated when a test runs.
#pragma once

#include <string>

namespace kiosk::test {

// A content file within every limit whose texts are single words of 9,999 characters (a post's
// of 2,000) in Latin, Arabic, CJK and a mix of scripts and emoji: the event's texts, 10 organisers,
// 16 speakers each in all 16 sessions, 16 posts and 10 announcements, about 4 MB, every slide kind
// shown for its shortest time on 9 October 2023 from 09:00, Europe/London.
std::string longest_texts_yaml();

}  // namespace kiosk::test
