// A simplified Unicode bidirectional algorithm for single lines.
#include "kiosk/text/bidi.h"

#include <algorithm>

#include "kiosk/base/script.h"

namespace kiosk::text::bidi {
namespace {

using script::Bidi;

// Classes after W1 (marks follow their base) and W7 (numbers after left-to-right text are
// left-to-right); returns whether the paragraph is right-to-left.
bool resolve_weak(const std::vector<char32_t>& text, std::vector<Bidi>& classes) {
    classes.reserve(text.size());
    bool paragraph_known = false, rtl = false;
    for (char32_t cp : text) {
        Bidi c = script::bidi_of(cp);
        if (script::is_sticky(cp) && !classes.empty()) c = classes.back();
        if (c == Bidi::Left || c == Bidi::Right) {
            if (!paragraph_known) rtl = c == Bidi::Right;
            paragraph_known = true;
        }
        classes.push_back(c);
    }
    // W7 needs the paragraph direction for numbers that precede any strong character.
    Bidi last_strong = rtl ? Bidi::Right : Bidi::Left;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        if (classes[i] == Bidi::Left || classes[i] == Bidi::Right) last_strong = classes[i];
        if (classes[i] == Bidi::Number && last_strong == Bidi::Left) classes[i] = Bidi::Left;
    }
    return rtl;
}

// N1/N2: a run of neutrals between two characters of the same direction takes it (numbers
// count as right-to-left here); otherwise it takes the paragraph direction.
void resolve_neutrals(std::vector<Bidi>& classes, bool rtl) {
    const Bidi paragraph = rtl ? Bidi::Right : Bidi::Left;
    const auto direction = [](Bidi c) { return c == Bidi::Number ? Bidi::Right : c; };
    std::size_t i = 0;
    while (i < classes.size()) {
        if (classes[i] != Bidi::Neutral) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < classes.size() && classes[end] == Bidi::Neutral) ++end;
        const Bidi before = i == 0 ? paragraph : direction(classes[i - 1]);
        const Bidi after = end == classes.size() ? paragraph : direction(classes[end]);
        std::fill(classes.begin() + static_cast<std::ptrdiff_t>(i), classes.begin() + static_cast<std::ptrdiff_t>(end),
                  before == after ? before : paragraph);
        i = end;
    }
}

}  // namespace

Levels resolve(const std::vector<char32_t>& text) {
    std::vector<Bidi> classes;
    Levels out;
    out.rtl_paragraph = resolve_weak(text, classes);
    resolve_neutrals(classes, out.rtl_paragraph);
    out.levels.reserve(classes.size());
    for (Bidi c : classes) {
        // I1/I2: at level 0, R goes up one and numbers two; at level 1, L and numbers go up one.
        std::uint8_t level = 0;
        if (out.rtl_paragraph) {
            level = c == Bidi::Right ? 1 : 2;
        } else {
            level = c == Bidi::Left ? 0 : (c == Bidi::Right ? 1 : 2);
        }
        out.levels.push_back(level);
    }
    return out;
}

std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& run_levels) {
    std::vector<std::size_t> order(run_levels.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (run_levels.empty()) return order;
    const std::uint8_t highest = *std::max_element(run_levels.begin(), run_levels.end());
    std::uint8_t lowest_odd = 255;
    for (std::uint8_t level : run_levels) {
        if (level % 2 == 1) lowest_odd = std::min(lowest_odd, level);
    }
    for (int level = highest; level >= lowest_odd && level > 0; --level) {
        std::size_t i = 0;
        while (i < order.size()) {
            if (run_levels[order[i]] < level) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < order.size() && run_levels[order[end]] >= level) ++end;
            std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(end));
            i = end;
        }
    }
    return order;
}

}  // namespace kiosk::text::bidi
