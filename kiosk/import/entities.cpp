// A small table of named references: the ones exporters and feeds write in practice. Text full of
// markup goes through the HTML parser instead, which knows all of them.
#include "kiosk/import/entities.h"

#include <array>
#include <cstdint>
#include <optional>
#include <utility>

#include "kiosk/base/utf8.h"

namespace kiosk::import {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kNamed{{
    {"amp", "&"},       {"lt", "<"},        {"gt", ">"},        {"quot", "\""},     {"apos", "'"},
    {"nbsp", "\u00A0"}, {"hellip", "…"},    {"mdash", "—"},     {"ndash", "–"},     {"lsquo", "‘"},
    {"rsquo", "’"},     {"ldquo", "“"},     {"rdquo", "”"},     {"laquo", "«"},     {"raquo", "»"},
    {"bdquo", "„"},     {"sbquo", "‚"},     {"euro", "€"},      {"pound", "£"},     {"copy", "©"},
    {"reg", "®"},       {"trade", "™"},     {"deg", "°"},       {"middot", "·"},    {"bull", "•"},
    {"times", "×"},     {"shy", ""},        {"auml", "ä"},      {"ouml", "ö"},      {"uuml", "ü"},
    {"Auml", "Ä"},      {"Ouml", "Ö"},      {"Uuml", "Ü"},      {"szlig", "ß"},     {"eacute", "é"},
    {"egrave", "è"},    {"agrave", "à"},    {"ccedil", "ç"},    {"zwj", "\u200D"},  {"ensp", "\u2002"},
}};

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The code point of "#39" or "#x1F600"; nothing for anything else.
std::optional<char32_t> numeric_reference(std::string_view body) {
    if (body.size() < 2 || body[0] != '#') return std::nullopt;
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return std::nullopt;
    std::uint32_t value = 0;
    for (const char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0) return std::nullopt;
        value = value * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
    }
    return static_cast<char32_t>(value);
}

std::optional<std::string> reference(std::string_view body) {
    if (const auto cp = numeric_reference(body)) return utf8_encode(*cp);
    for (const auto& [name, value] : kNamed)
        if (name == body) return std::string(value);
    return std::nullopt;
}

}  // namespace

std::string utf8_encode(char32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = utf8::kReplacement;
    std::string out;
    utf8::append(out, cp);
    return out;
}

std::string decode_entities_once(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '&') {
            std::size_t end = i + 1;
            while (end < text.size() && end - i <= 10 && (is_alnum(text[end]) || text[end] == '#')) ++end;
            if (end < text.size() && text[end] == ';') {
                if (const auto value = reference(text.substr(i + 1, end - i - 1))) {
                    out += *value;
                    i = end;
                    continue;
                }
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

std::string decode_entities(std::string_view text) {
    std::string once = decode_entities_once(text);
    // "&amp;quot;" in the source: after one pass "&quot;" is left, which no one meant to show.
    static constexpr std::array<std::string_view, 7> kTwice{"&amp;amp;", "&amp;quot;", "&amp;#", "&amp;lt;",
                                                            "&amp;gt;", "&amp;apos;", "&amp;nbsp;"};
    for (const auto marker : kTwice)
        if (text.find(marker) != std::string_view::npos) return decode_entities_once(once);
    return once;
}

}  // namespace kiosk::import
