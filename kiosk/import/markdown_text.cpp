// Not a Markdown renderer: only what keeps marks off the screen. Underscores inside words stay,
// because talk titles and abstracts are full of snake_case names.
#include "kiosk/import/markdown_text.h"

#include <vector>

#include "kiosk/base/ascii_text.h"

namespace kiosk::import {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (static_cast<unsigned char>(c) >= 0x80);
}

// Blank around a Markdown line: a stray carriage return counts too.
constexpr std::string_view kLineBlanks = " \t\r";

// "[text](url)" and "![alt](url)" become their text; the position after the link is returned.
std::size_t take_link(std::string_view s, std::size_t i, std::string& out) {
    const std::size_t start = (s[i] == '!') ? i + 1 : i;
    const std::size_t close = s.find("](", start);
    if (close == std::string_view::npos || s.substr(start, close - start).find('\n') != std::string_view::npos)
        return std::string_view::npos;
    const std::size_t end = s.find(')', close + 2);
    if (end == std::string_view::npos) return std::string_view::npos;
    out += s.substr(start + 1, close - start - 1);
    return end + 1;
}

// Emphasis: "*" and "_" runs at a word's edge are marks; inside a word ("snake_case") they are text.
bool is_emphasis_mark(std::string_view s, std::size_t i, std::size_t run) {
    const bool before_word = i > 0 && is_word(s[i - 1]);
    const bool after_word = i + run < s.size() && is_word(s[i + run]);
    if (s[i] == '_') return before_word != after_word;
    const bool before_space = i == 0 || is_space(s[i - 1]);
    const bool after_space = i + run >= s.size() || is_space(s[i + run]);
    return !(before_space && after_space);
}

std::string inline_text(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if ((c == '[' || (c == '!' && i + 1 < s.size() && s[i + 1] == '['))) {
            const std::size_t next = take_link(s, i, out);
            if (next != std::string_view::npos) { i = next; continue; }
        }
        if (c == '`') { ++i; continue; }
        if (c == '*' || c == '_' || c == '~') {
            std::size_t run = 1;
            while (i + run < s.size() && s[i + run] == c) ++run;
            if ((c != '~' || run == 2) && is_emphasis_mark(s, i, run)) { i += run; continue; }
            out += s.substr(i, run);
            i += run;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

// The marker a block line starts with, removed; `item` is set for list items.
std::string_view strip_block_marker(std::string_view line, bool& item, bool& heading) {
    item = heading = false;
    while (line.starts_with(">")) line = trim(line.substr(1), kLineBlanks);
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes > 0 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') {
        heading = true;
        return trim(line.substr(hashes), kLineBlanks);
    }
    if (line.size() > 1 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
        item = true;
        return trim(line.substr(2), kLineBlanks);
    }
    return line;
}

bool is_rule_or_fence(std::string_view line) {
    if (line.starts_with("```") || line.starts_with("~~~")) return true;
    if (line.size() < 3) return false;
    for (const char c : line)
        if (c != '-' && c != '*' && c != '_' && c != '=' && c != ' ') return false;
    return true;
}

}  // namespace

std::string markdown_inline_text(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (start > 0) out += '\n';
        out += inline_text(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string markdown_to_text(std::string_view markdown) {
    std::string out;
    bool joinable = false;  // the previous line continues a paragraph
    std::size_t start = 0;
    while (start <= markdown.size()) {
        std::size_t end = markdown.find('\n', start);
        if (end == std::string_view::npos) end = markdown.size();
        const std::string_view line = trim(markdown.substr(start, end - start), kLineBlanks);
        start = end + 1;
        if (line.empty() || is_rule_or_fence(line)) {
            out += "\n\n";
            joinable = false;
            continue;
        }
        bool item = false;
        bool heading = false;
        const std::string text = inline_text(strip_block_marker(line, item, heading));
        if (item) out += "\n• ";
        else if (heading) out += "\n\n";
        else if (joinable) out += ' ';
        else if (!out.empty()) out += '\n';
        out += text;
        joinable = !heading;
        if (heading) out += "\n\n";
    }
    return out;
}

}  // namespace kiosk::import
