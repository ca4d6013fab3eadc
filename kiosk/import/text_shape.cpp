// Text shaping shared by every importer, so every source looks alike on screen.
#include "kiosk/import/text_shape.h"

#include "kiosk/base/utf8.h"
#include "kiosk/import/entities.h"
#include "kiosk/import/html_text.h"
#include "kiosk/import/markdown_text.h"

namespace kiosk::import {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_control(char c) { return (static_cast<unsigned char>(c) < 0x20 && !is_space(c)) || c == 0x7F; }

// "\u00A0" (no-break space) counts as a space when collapsing: exporters use it as padding.
bool nbsp_at(std::string_view s, std::size_t i) {
    return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0;
}

std::string collapse_spaces(std::string_view line) {
    std::string out;
    bool pending = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (nbsp_at(line, i)) { pending = true; ++i; continue; }
        const char c = line[i];
        if (is_space(c)) { pending = true; continue; }
        if (is_control(c)) continue;
        if (pending && !out.empty()) out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

}  // namespace

std::string shape_line(std::string_view text) { return collapse_spaces(text); }

std::string shape_paragraphs(std::string_view text) {
    std::string out;
    int blank_lines = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = text.size();
        const std::string line = collapse_spaces(text.substr(start, end - start));
        if (line.empty()) ++blank_lines;
        else {
            if (!out.empty()) out += blank_lines > 0 ? "\n\n" : "\n";
            out += line;
            blank_lines = 0;
        }
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        start = end + 1;
    }
    return out;
}

std::size_t char_count(std::string_view text) { return utf8::count(text); }

std::string truncate_text(std::string_view text, std::size_t max_chars) {
    if (char_count(text) <= max_chars || max_chars == 0) return std::string(text);
    std::size_t chars = 0;
    std::size_t cut = 0;
    while (cut < text.size() && chars < max_chars - 1) {
        ++cut;
        while (cut < text.size() && utf8::is_continuation(text[cut])) ++cut;
        ++chars;
    }
    // Back to the last whole grapheme cluster, so an accent or an emoji sequence is never split.
    std::size_t whole = 0;
    while (whole < cut && whole + utf8::cluster_length(text, whole) <= cut) whole += utf8::cluster_length(text, whole);
    cut = whole;
    std::string_view head = text.substr(0, cut);
    const auto space = head.find_last_of(" \n");
    if (space != std::string_view::npos && space > cut / 2) head = head.substr(0, space);
    while (!head.empty() && (is_space(head.back()) || head.back() == ',' || head.back() == '.')) head.remove_suffix(1);
    return std::string(head) + "…";
}

std::string clean_line(std::string_view raw) {
    if (looks_like_html(raw)) return shape_line(html_to_text(raw));
    return shape_line(decode_entities(raw));
}

namespace {

// Some exports escaped their line breaks twice: a literal backslash-r-backslash-n in the text.
std::string unescape_line_breaks(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw.substr(i, 4) == "\\r\\n") {
            out += '\n';
            i += 3;
        } else {
            out += raw[i];
        }
    }
    return out;
}

}  // namespace

std::string clean_rich(std::string_view raw) {
    const std::string text = unescape_line_breaks(raw);
    if (looks_like_html(text)) return shape_paragraphs(markdown_inline_text(html_to_text(text)));
    return shape_paragraphs(decode_entities(markdown_to_text(text)));
}

}  // namespace kiosk::import
