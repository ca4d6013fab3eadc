// Edit distance with two rows, so long words cost little memory.
#include "kiosk/content/near_miss.h"

#include <algorithm>
#include <cctype>

namespace kiosk {
namespace {

char fold(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::size_t allowed_distance(std::string_view word) {
    return std::max<std::size_t>(1, word.size() / 3);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitute = prev[j - 1] + (fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::optional<std::string> nearest_word(std::string_view word, const std::vector<std::string_view>& candidates) {
    // Very long words are never typos of a key, and comparing them would only cost time.
    if (word.empty() || word.size() > 64) return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = allowed_distance(word) + 1;
    for (const auto candidate : candidates) {
        const std::size_t d = edit_distance(word, candidate);
        // A suggestion must keep something of the word: 'b' is no typo of 'a'.
        if (d < best_distance && d < word.size()) {
            best_distance = d;
            best = std::string(candidate);
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
    const auto best = nearest_word(word, candidates);
    return best ? "; did you mean '" + *best + "'?" : std::string();
}

}  // namespace kiosk
