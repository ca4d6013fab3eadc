// A simplified Unicode bidirectional algorithm for single lines without explicit embeddings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kiosk::text::bidi {

// Resolved embedding levels of one line: 0 left-to-right, 1 right-to-left, 2 left-to-right
// text (or numbers) inside a right-to-left paragraph.
struct Levels {
    bool rtl_paragraph = false;
    std::vector<std::uint8_t> levels;  // one per code point
};

// Follows the Unicode algorithm in outline: the paragraph direction comes from the first
// strong character (rules P2, P3); non-spacing marks take the class of the character before
// them (W1); European numbers after left-to-right text are left-to-right (W7); neutrals
// between two characters of the same direction take it, others take the paragraph's (N1, N2).
// Its limits: no explicit embeddings, overrides or isolates (LRE, RLO, FSI...), LRM/RLM are
// treated as neutral, number separators (1,000 / 12:30) are treated as neutral rather than
// joined to the number, and mirrored brackets are left to HarfBuzz (which mirrors them in
// right-to-left runs) without the bracket-pair rule N0.
Levels resolve(const std::vector<char32_t>& text);

// The visual order (left to right) of runs given their levels in logical order: from the
// highest level down to the lowest odd one, every maximal sequence at that level or above is
// reversed (rule L2). The text inside a right-to-left run is reversed by the shaper.
std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& run_levels);

}  // namespace kiosk::text::bidi
