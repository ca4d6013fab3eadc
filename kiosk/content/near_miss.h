// "Did you mean ...?": the closest known word to a misspelt one, by edit distance.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// Levenshtein distance (insertions, deletions, substitutions), comparing letters case-blind.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a likely typo: at most one edit
// for short words, and up to a third of the word's length for longer ones.
std::optional<std::string> nearest_word(std::string_view word, const std::vector<std::string_view>& candidates);

// "; did you mean 'x'?" or empty, ready to append to a message that has no closing full stop.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace kiosk
