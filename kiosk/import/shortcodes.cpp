// Shortcodes are [A-Za-z0-9_]+ between colons, as Mastodon's CustomEmoji::SHORTCODE_RE_FRAGMENT says.
#include "kiosk/import/shortcodes.h"

namespace kiosk::import {
namespace {

bool code_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The length of ":name:" at `i`, or 0.
std::size_t shortcode_at(std::string_view s, std::size_t i, const std::set<std::string, std::less<>>* known) {
    if (s[i] != ':') return 0;
    std::size_t end = i + 1;
    bool has_letter = false;
    while (end < s.size() && code_char(s[end])) has_letter |= letter(s[end++]);
    if (end == i + 1 || end >= s.size() || s[end] != ':' || !has_letter) return 0;
    const std::string_view name = s.substr(i + 1, end - i - 1);
    if (known != nullptr && known->find(name) == known->end()) return 0;
    return end - i + 1;
}

}  // namespace

std::string remove_shortcodes(std::string_view text, const std::set<std::string, std::less<>>* known) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = shortcode_at(text, i, known);
        if (n == 0) {
            out += text[i++];
            continue;
        }
        const bool word_before = !out.empty() && out.back() != ' ' && out.back() != '\n';
        const bool word_after = i + n < text.size() && text[i + n] != ' ' && text[i + n] != '\n';
        if (word_before && word_after) out += ' ';
        i += n;
    }
    return out;
}

}  // namespace kiosk::import
