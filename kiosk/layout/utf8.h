// UTF-8 walking for line breaking: code points, user-perceived characters, CJK and writing direction.
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosk::utf8 {

// One decoded code point and how many bytes it took. Invalid bytes decode as U+FFFD, one byte
// each, so a walk always advances and never splits a valid sequence.
struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

CodePoint decode(std::string_view text, std::size_t offset);

// The byte length of the character cluster starting at `offset`: a base code point with the
// combining marks, variation selectors, emoji modifiers and ZWJ sequences that follow it. Text is
// only ever cut between clusters, so an accent or a family emoji stays whole.
std::size_t cluster_length(std::string_view text, std::size_t offset);

// Ideographs, kana, Hangul and full-width forms: scripts that wrap between any two characters.
bool is_cjk(char32_t c);

// Punctuation that must not begin a line in CJK text (closing brackets, commas, full stops).
bool is_cjk_closing(char32_t c);

// Space characters that separate words (and are dropped at a line break).
bool is_space(char32_t c);

enum class Direction { Neutral, LeftToRight, RightToLeft };

// The direction of the first strongly directional character, as the Unicode paragraph rule says
// (approximated by script ranges): Arabic or Hebrew text is RightToLeft, Latin LeftToRight.
Direction first_strong_direction(std::string_view text);

}  // namespace kiosk::utf8
