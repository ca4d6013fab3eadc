// The Unicode Bidirectional Algorithm (UAX #9), from ICU's ubidi: levels of a paragraph, the
// visual order of runs, and lines that keep the levels their whole paragraph gives them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::bidi {

inline constexpr char32_t kLeftToRightMark = 0x200E;
inline constexpr char32_t kRightToLeftMark = 0x200F;
inline constexpr char32_t kLeftToRightIsolate = 0x2066;
inline constexpr char32_t kRightToLeftIsolate = 0x2067;
inline constexpr char32_t kFirstStrongIsolate = 0x2068;
inline constexpr char32_t kPopDirectionalIsolate = 0x2069;

// Marks, embeddings, overrides and isolates: characters that steer the algorithm and draw nothing.
bool is_control(char32_t cp);

// Resolved embedding levels, one per code point: even left-to-right, odd right-to-left.
struct Levels {
    bool rtl_paragraph = false;
    std::vector<std::uint8_t> levels;
};

// The levels of `text` as one paragraph, its direction from its first strong character outside
// isolates (P2, P3; left-to-right when it has none). Explicit marks, embeddings and isolates act;
// their own levels are of no use and should not be drawn.
Levels resolve(const std::vector<char32_t>& text);

// Whether the first paragraph (line) of UTF-8 `text` reads right to left (P2, P3: its first
// strong character outside isolates).
bool right_to_left(std::string_view utf8);

// The visual order (left to right) of runs given their levels in logical order (rule L2).
std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& run_levels);

// `utf8` between FSI and PDI: a part of a composed line ("room · speakers") that takes its
// direction from its own first strong character and cannot turn the text around it.
std::string isolate(std::string_view utf8);

// The non-empty `parts` joined by `separator` (" · "), for meta lines such as "room · speakers".
// When any part has right-to-left text, each part is isolated, so that an Arabic room name
// cannot turn the line around or pull the separator into its run; the line then reads left to
// right unless every part reads right to left. Left-to-right parts are joined as they are.
std::string join_isolated(const std::vector<std::string>& parts, std::string_view separator);

// The PDI and PDF characters that close the isolates and embeddings left open at the end of
// `utf8`, innermost first: text cut short gets them before its ellipsis, so that the ellipsis is
// at the paragraph's level, at the end the paragraph reads towards, not inside the cut part.
std::string closers(std::string_view utf8);

// A line of a paragraph: bytes [begin, end) of it.
struct LineSpan {
    std::size_t begin = 0, end = 0;
};

// The lines of `paragraph`, each in logical order and ready to be drawn alone: the levels come
// from resolving the whole paragraph once and then each line (UAX #9 L1), as a line alone would
// resolve otherwise ("(التقرير" at the end of an English line must not take the next line's
// direction). A line that resolves the same by itself is returned as it is; any other is
// rewritten with a direction mark and nested isolates that carry exactly those levels.
std::vector<std::string> lines_in_context(std::string_view paragraph, const std::vector<LineSpan>& lines);

}  // namespace kiosk::bidi
