// The limits an imported source must stay within, so a hostile or broken export is refused quickly.
#pragma once

#include <cstddef>

namespace kiosk::import::limits {

// Large congress exports reach a few megabytes; four times that is still a broken or hostile file.
inline constexpr std::size_t kMaxSourceBytes = 16 * 1024 * 1024;
// Every format read here needs fewer than ten levels of nesting.
inline constexpr int kMaxNesting = 64;
// Sessions, speakers and posts kept from one source, as in the content file.
inline constexpr std::size_t kMaxItems = 2'000;
// A speaker's name longer than this is a paragraph typed into the name field.
inline constexpr std::size_t kMaxNameChars = 80;
// Diagnostics past this many are dropped with one closing note.
inline constexpr std::size_t kMaxDiagnostics = 200;

}  // namespace kiosk::import::limits
