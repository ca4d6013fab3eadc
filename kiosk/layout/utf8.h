// UTF-8 walking for line breaking: user-perceived characters, CJK and spaces. Decoding itself is
// kiosk/base/utf8.h, and writing direction is script::first_strong in kiosk/base/script.h.
#pragma once

#include <cstddef>
#include <string_view>

#include "kiosk/base/utf8.h"

namespace kiosk::utf8 {

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

}  // namespace kiosk::utf8
