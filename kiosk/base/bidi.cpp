// The bidirectional algorithm through ICU: UTF-16 in, levels per code point out.
#include "kiosk/base/bidi.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <memory>

#include "kiosk/base/utf8.h"

namespace kiosk::bidi {
namespace {

struct BidiCloser {
    void operator()(UBiDi* bidi) const { ubidi_close(bidi); }
};
using BidiPtr = std::unique_ptr<UBiDi, BidiCloser>;

// Text in UTF-16 for ICU, with the code point each unit belongs to.
struct Utf16 {
    std::u16string units;
    std::vector<std::size_t> code_point_of;  // per unit
    std::vector<std::size_t> unit_of;        // per code point, and one past the end
};

Utf16 to_utf16(const std::vector<char32_t>& text) {
    Utf16 out;
    out.units.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out.unit_of.push_back(out.units.size());
        const auto cp = static_cast<UChar32>(text[i]);
        if (U16_LENGTH(cp) == 1) {
            out.units.push_back(static_cast<char16_t>(cp));
        } else {
            out.units.push_back(static_cast<char16_t>(U16_LEAD(cp)));
            out.units.push_back(static_cast<char16_t>(U16_TRAIL(cp)));
        }
        out.code_point_of.resize(out.units.size(), i);
    }
    out.unit_of.push_back(out.units.size());
    return out;
}

// One paragraph resolved by ICU, or nothing when ICU fails (it only does for lack of memory or
// a text past its 2^31 units, far beyond any line the kiosk draws).
BidiPtr resolved_paragraph(const Utf16& text) {
    UErrorCode status = U_ZERO_ERROR;
    BidiPtr bidi(ubidi_openSized(static_cast<int32_t>(text.units.size()), 0, &status));
    if (U_FAILURE(status)) return nullptr;
    ubidi_setPara(bidi.get(), reinterpret_cast<const UChar*>(text.units.data()), static_cast<int32_t>(text.units.size()),
                  UBIDI_DEFAULT_LTR, nullptr, &status);
    if (U_FAILURE(status)) return nullptr;
    return bidi;
}

// Levels per code point from a paragraph or line object over code points [first, first + count).
std::vector<std::uint8_t> levels_of(UBiDi* bidi, const Utf16& text, std::size_t first_unit, std::size_t first,
                                    std::size_t count) {
    std::vector<std::uint8_t> out(count, 0);
    UErrorCode status = U_ZERO_ERROR;
    const UBiDiLevel* levels = ubidi_getLevels(bidi, &status);
    if (U_FAILURE(status) || levels == nullptr) return out;
    for (std::size_t i = 0; i < count; ++i) out[i] = levels[text.unit_of[first + i] - first_unit];
    return out;
}

// Appends code points [from, to) of `text`, whose `levels` are all at least `level`: those at
// `level` as they are, every maximal stretch above it inside an isolate one level up (RLI to an
// odd level, LRI to an even one). Inside an isolate of its own direction, text resolved at that
// level resolves to it again, and the isolate keeps the stretch in one piece for reordering.
void append_nested(std::string& out, const std::vector<char32_t>& text, const std::vector<std::uint8_t>& levels,
                   std::size_t from, std::size_t to, int level) {
    std::size_t i = from;
    while (i < to) {
        if (levels[i] <= level) {
            utf8::append(out, text[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < to && levels[end] > level) ++end;
        utf8::append(out, (level + 1) % 2 == 1 ? kRightToLeftIsolate : kLeftToRightIsolate);
        append_nested(out, text, levels, i, end, level + 1);
        utf8::append(out, kPopDirectionalIsolate);
        i = end;
    }
}

// The code points of `utf8` with their byte offsets (and the size as a last offset).
struct Decoded {
    std::vector<char32_t> code_points;
    std::vector<std::size_t> offsets;
};

Decoded decode_with_offsets(std::string_view utf8) {
    Decoded out;
    for (std::size_t at = 0; at < utf8.size();) {
        const utf8::CodePoint cp = utf8::decode(utf8, at);
        out.code_points.push_back(cp.value);
        out.offsets.push_back(at);
        at += cp.length;
    }
    out.offsets.push_back(utf8.size());
    return out;
}

std::size_t index_at(const Decoded& text, std::size_t byte) {
    std::size_t i = 0;
    while (i + 1 < text.offsets.size() && text.offsets[i] < byte) ++i;
    return i;
}

// The line [first, last) rewritten to carry `levels` (the paragraph's, after L1), without the
// controls it had: their work is already in the levels.
std::string carrying(const std::vector<char32_t>& text, const std::vector<std::uint8_t>& levels, bool rtl) {
    std::vector<char32_t> kept;
    std::vector<std::uint8_t> kept_levels;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_control(text[i])) continue;
        kept.push_back(text[i]);
        kept_levels.push_back(levels[i]);
    }
    std::string out;
    utf8::append(out, rtl ? kRightToLeftMark : kLeftToRightMark);
    append_nested(out, kept, kept_levels, 0, kept.size(), rtl ? 1 : 0);
    return out;
}

bool same_levels(const std::vector<char32_t>& text, const std::vector<std::uint8_t>& a, const Levels& alone,
                 bool rtl) {
    if (alone.rtl_paragraph != rtl) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_control(text[i]) && a[i] != alone.levels[i]) return false;
    }
    return true;
}

}  // namespace

bool is_control(char32_t cp) {
    return cp == kLeftToRightMark || cp == kRightToLeftMark || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

Levels resolve(const std::vector<char32_t>& text) {
    Levels out;
    out.levels.assign(text.size(), 0);
    if (text.empty()) return out;
    const Utf16 units = to_utf16(text);
    const BidiPtr bidi = resolved_paragraph(units);
    if (!bidi) return out;
    out.rtl_paragraph = ubidi_getParaLevel(bidi.get()) % 2 == 1;
    out.levels = levels_of(bidi.get(), units, 0, 0, text.size());
    return out;
}

bool right_to_left(std::string_view utf8) {
    const std::size_t newline = utf8.find('\n');
    return resolve(utf8::decode(utf8.substr(0, newline))).rtl_paragraph;
}

std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& run_levels) {
    std::vector<std::size_t> order(run_levels.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (run_levels.empty()) return order;
    std::vector<int32_t> map(run_levels.size());
    ubidi_reorderVisual(run_levels.data(), static_cast<int32_t>(run_levels.size()), map.data());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::size_t>(map[i]);
    return order;
}

std::string isolate(std::string_view utf8) {
    std::string out;
    utf8::append(out, kFirstStrongIsolate);
    out.append(utf8);
    utf8::append(out, kPopDirectionalIsolate);
    return out;
}

std::string join_isolated(const std::vector<std::string>& parts, std::string_view separator) {
    bool any_rtl = false, all_rtl = true;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        const std::vector<char32_t> text = utf8::decode(part);
        const bool rtl = resolve(text).rtl_paragraph;
        all_rtl = all_rtl && rtl;
        any_rtl = any_rtl || rtl;
        for (char32_t cp : text) {
            const auto direction = u_charDirection(static_cast<UChar32>(cp));
            any_rtl = any_rtl || direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC;
        }
    }
    std::string out;
    if (any_rtl && all_rtl) utf8::append(out, kRightToLeftMark);
    bool first = true;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!first) out.append(separator);
        first = false;
        out += any_rtl ? isolate(part) : part;
    }
    return out;
}

std::string closers(std::string_view utf8) {
    std::string open;  // 'I' for an isolate, 'E' for an embedding or override, innermost last
    for (char32_t cp : utf8::decode(utf8)) {
        if (cp == kLeftToRightIsolate || cp == kRightToLeftIsolate || cp == kFirstStrongIsolate) {
            open.push_back('I');
        } else if (cp >= 0x202A && cp <= 0x202E && cp != 0x202C) {
            open.push_back('E');
        } else if (cp == kPopDirectionalIsolate && open.find('I') != std::string::npos) {
            open.erase(open.rfind('I'));  // a PDI also closes the embeddings inside its isolate
        } else if (cp == 0x202C && !open.empty() && open.back() == 'E') {
            open.pop_back();
        }
    }
    std::string out;
    for (auto kind = open.rbegin(); kind != open.rend(); ++kind) {
        utf8::append(out, *kind == 'I' ? kPopDirectionalIsolate : char32_t{0x202C});
    }
    return out;
}

std::vector<std::string> lines_in_context(std::string_view paragraph, const std::vector<LineSpan>& lines) {
    std::vector<std::string> out;
    for (const LineSpan& span : lines) out.emplace_back(paragraph.substr(span.begin, span.end - span.begin));
    const Decoded text = decode_with_offsets(paragraph);
    const Utf16 units = to_utf16(text.code_points);
    const BidiPtr bidi = resolved_paragraph(units);
    if (!bidi || ubidi_getDirection(bidi.get()) == UBIDI_LTR) return out;  // nothing to reorder anywhere
    const bool rtl = ubidi_getParaLevel(bidi.get()) % 2 == 1;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        const std::size_t first = index_at(text, lines[n].begin), last = index_at(text, lines[n].end);
        if (last <= first) continue;
        UErrorCode status = U_ZERO_ERROR;
        BidiPtr line(ubidi_openSized(0, 0, &status));
        if (U_FAILURE(status)) continue;
        ubidi_setLine(bidi.get(), static_cast<int32_t>(units.unit_of[first]), static_cast<int32_t>(units.unit_of[last]),
                      line.get(), &status);
        if (U_FAILURE(status)) continue;
        const std::vector<std::uint8_t> levels = levels_of(line.get(), units, units.unit_of[first], first, last - first);
        const std::vector<char32_t> part(text.code_points.begin() + static_cast<std::ptrdiff_t>(first),
                                         text.code_points.begin() + static_cast<std::ptrdiff_t>(last));
        if (!same_levels(part, levels, resolve(part), rtl)) out[n] = carrying(part, levels, rtl);
    }
    return out;
}

}  // namespace kiosk::bidi
