// Just enough Unicode character data for runs, line direction and alignment: script, bidi class, stickiness.
#pragma once

#include <string_view>

namespace kiosk::script {

// The scripts the bundled fonts cover and that shape differently. Common covers spaces,
// digits, punctuation and symbols, which take the script of the text around them.
enum class Script { Common, Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Han, Hiragana, Katakana, Hangul, Other };

// A reduced set of Unicode bidi classes: strong left-to-right, strong right-to-left
// (R and AL), numbers (EN and AN), and everything else as neutral.
enum class Bidi { Left, Right, Number, Neutral };

Script script_of(char32_t cp);

// ISO 15924 tag for HarfBuzz ("Latn", "Arab", ...); Common maps to "Zyyy".
const char* tag_of(Script script);

Bidi bidi_of(char32_t cp);

// The class of the first strongly directional character of UTF-8 `text` (Left or Right), as the
// Unicode paragraph rule says, or Neutral when it has none.
Bidi first_strong(std::string_view text);

// Combining marks, joiners, variation selectors, emoji modifiers and tags: characters that
// belong to the character before them and must stay in its run.
bool is_sticky(char32_t cp);

// Invisible format characters (ZWJ, ZWNJ, variation selectors, tags): HarfBuzz hides them
// when a font lacks them, so they never show as a box and need no glyph of their own.
bool is_default_ignorable(char32_t cp);

// C0 and C1 controls, DEL, and line or paragraph separators.
bool is_control(char32_t cp);

}  // namespace kiosk::script
