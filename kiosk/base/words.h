// Words in any script, from ICU: case folding, and whole-word search that moderation relies on.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::words {

// Unicode full case folding (ICU): "STRASSE" and "straße" fold alike, as do "ÒGÚN" and "ògún".
// Invalid UTF-8 is folded byte for byte as it is.
std::string fold_case(std::string_view utf8);

// Whether `word` (already folded, non-empty) occurs in `folded` as a whole word: at each end the
// neighbouring character is not part of a word (not a letter, digit, mark or "_": a space,
// punctuation such as "’" or "।", an emoji), or ICU's word breaks (UAX #29, with its dictionaries
// for Chinese, Japanese and Thai) put a boundary there. "ass" does not match in "class".
bool contains_word(std::string_view folded, std::string_view word);

}  // namespace kiosk::words
