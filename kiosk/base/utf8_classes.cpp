// The character classes that line breaking needs, declared in utf8.h.
#include "kiosk/base/utf8.h"

namespace kiosk::utf8 {

namespace {

constexpr char32_t kZeroWidthJoiner = 0x200D;

struct Range {
    char32_t first, last;
};

template <std::size_t N>
bool in_ranges(char32_t c, const Range (&ranges)[N]) {
    for (const Range& r : ranges) {
        if (c >= r.first && c <= r.last) return true;
    }
    return false;
}

// Code points that attach to the one before them: combining marks of the scripts the fonts
// cover, variation selectors, emoji skin tones and tags.
constexpr Range kExtenders[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05C7}, {0x0610, 0x061A},
    {0x064B, 0x065F}, {0x0670, 0x0670}, {0x06D6, 0x06ED}, {0x0900, 0x0903}, {0x093A, 0x094F},
    {0x0951, 0x0957}, {0x0962, 0x0963}, {0x0981, 0x0983}, {0x09BC, 0x09D7}, {0x0E31, 0x0E31},
    {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1160, 0x11FF}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
    {0x200C, 0x200C}, {0x20D0, 0x20FF}, {0x302A, 0x302F}, {0x3099, 0x309A}, {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0x1F3FB, 0x1F3FF}, {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
};

constexpr Range kCjk[] = {
    {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xA960, 0xA97F}, {0xAC00, 0xD7AF}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x20000, 0x2FFFF}, {0x30000, 0x3FFFF},
};

bool is_extender(char32_t c) { return in_ranges(c, kExtenders); }

bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

}  // namespace

std::size_t cluster_length(std::string_view text, std::size_t offset) {
    const CodePoint first = decode(text, offset);
    std::size_t end = offset + first.length;
    bool join_next = false;
    bool pair_flag = is_regional_indicator(first.value);
    while (end < text.size()) {
        const CodePoint next = decode(text, end);
        const bool flag_pair = pair_flag && is_regional_indicator(next.value);
        if (!join_next && !flag_pair && !is_extender(next.value) && next.value != kZeroWidthJoiner) break;
        join_next = next.value == kZeroWidthJoiner;
        pair_flag = false;
        end += next.length;
    }
    return end - offset;
}

bool is_cjk(char32_t c) { return in_ranges(c, kCjk); }

bool is_cjk_closing(char32_t c) {
    switch (c) {
        case 0x3001: case 0x3002: case 0x3009: case 0x300B: case 0x300D: case 0x300F:
        case 0x3011: case 0x3015: case 0x3017: case 0x3019: case 0x301B: case 0x30FC:
        case 0xFF01: case 0xFF09: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B:
        case 0xFF1F: case 0xFF3D: case 0xFF5D:
            return true;
        default:
            return false;
    }
}

bool is_space(char32_t c) {
    // No-break spaces (U+00A0, U+2007, U+202F) are left out on purpose: they join words.
    return c == ' ' || c == '\t' || c == 0x3000 || (c >= 0x2000 && c <= 0x200A && c != 0x2007) || c == 0x205F;
}

}  // namespace kiosk::utf8
