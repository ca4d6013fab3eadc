// The limits a content file must stay within, so a hostile or broken file is rejected quickly.
#pragma once

#include <cstddef>

namespace kiosk::limits {

// Checked before the file is read whole, so a huge file costs nothing.
inline constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;
// yaml-cpp recurses once per nesting level; the format itself needs five.
inline constexpr int kMaxNesting = 32;
// Keys and list items, counted on the parser's events (an alias as all it repeats). The fullest
// file the format allows, 2,000 each of sessions (about a dozen keys and list items each),
// speakers, posts and announcements (fewer), needs about 55,000. yaml-cpp keeps some 600 bytes
// per entry with its value, so a file at this limit costs about 80 MiB of peak RSS in all.
inline constexpr std::size_t kMaxEntries = 60'000;
// Characters (code points) in one text field, and in a post, which must fit on one slide.
inline constexpr std::size_t kMaxFieldChars = 10'000;
inline constexpr std::size_t kMaxPostChars = 2'000;
// Items in speakers, programme, posts and announcements.
inline constexpr std::size_t kMaxItems = 2'000;
// Items in the short lists: a session's speakers, organisers, dates, slides.
inline constexpr std::size_t kMaxShortListItems = 100;
// Diagnostics past this many are dropped with one closing note.
inline constexpr std::size_t kMaxDiagnostics = 200;

}  // namespace kiosk::limits
