// The limits an imported source must stay within, so a hostile or broken export is refused quickly.
#pragma once

#include <cstddef>

namespace kiosk::import::limits {

// Sessions, speakers and posts kept from one source, as in the content file.
inline constexpr std::size_t kMaxItems = 2'000;
// Sized from the largest real exports: per session, pretalx's schedule.json for rC3 2020 (long
// abstracts) takes 4,751 bytes and 134 values (228,049 bytes, 6,427 values, 48 sessions); frab's
// for CCCamp 2019 takes 2,656 bytes and 54 values. A schedule of kMaxItems sessions at pretalx's
// size fits with a little room; a Mastodon page (40 statuses of about 2.7 KB) or a feed is far
// smaller. Parsed, every value costs 80 to 150 bytes, so a source at both limits stays near 60 MiB.
inline constexpr std::size_t kMaxSourceBytes = kMaxItems * 4'800;  // 9,600,000 bytes, about 9.2 MiB
// Values in a JSON document; elements, attributes and texts in an XML one.
inline constexpr std::size_t kMaxElements = kMaxItems * 140;       // 280,000
// Every format read here needs fewer than fifteen levels of nesting.
inline constexpr int kMaxNesting = 64;
// A speaker's name longer than this is a paragraph typed into the name field.
inline constexpr std::size_t kMaxNameChars = 80;
// Diagnostics past this many are dropped with one closing note.
inline constexpr std::size_t kMaxDiagnostics = 200;

}  // namespace kiosk::import::limits
