// Where text may be broken, from ICU: line-break opportunities (UAX #14) and grapheme clusters
// (UAX #29), both as byte offsets into UTF-8.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kiosk::breaks {

// The byte offsets after which a line may end, in order, ending with the text's size (none for an
// empty text). UAX #14 with ICU's strict rules for CJK: no line starts with ")" "," "!" "…" "。"
// or a small kana such as "っ", none ends with "「"; "2023-10-09" stays whole; a URL breaks
// after "/" but not inside "example.org". Spaces stay at the end of the piece before a break.
std::vector<std::size_t> line_break_offsets(std::string_view utf8);

// The byte offset where the grapheme cluster starting at `offset` ends (extended clusters:
// a base with its combining marks, a Devanagari conjunct's parts, an emoji ZWJ sequence with its
// modifiers, a flag's two letters). Always past `offset` when `offset` is inside the text.
std::size_t cluster_end(std::string_view utf8, std::size_t offset);

// The byte offsets after each grapheme cluster of `utf8`, in order.
std::vector<std::size_t> cluster_ends(std::string_view utf8);

}  // namespace kiosk::breaks
