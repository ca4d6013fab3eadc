// A small table of the named references exporters and feeds write most, and the HTML parser for
// every other name. Text full of markup goes through the HTML parser whole instead.
#include "kiosk/import/entities.h"

#include <gumbo.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

#include "kiosk/base/utf8.h"

namespace kiosk::import {
namespace {

// The longest name HTML has ("CounterClockwiseContourIntegral") and the "#" of a numeric one.
constexpr std::size_t kLongestName = 32;

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

struct GumboFreer {
    void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

// Any other of HTML's 2,231 names ("&aacute;", "&ncaron;"), looked up by letting gumbo, the HTML
// parser the importers already use, read the reference alone. Only a whole name is taken: gumbo
// also reads legacy names without their ";" ("&notit;" as "¬it;"), which is not a reference here.
std::optional<std::string> html_named_reference(std::string_view name) {
    const std::string html = "&" + std::string(name) + ";";
    const std::unique_ptr<GumboOutput, GumboFreer> out(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
    if (!out || out->root->type != GUMBO_NODE_ELEMENT) return std::nullopt;
    const GumboVector& html_children = out->root->v.element.children;
    if (html_children.length < 2) return std::nullopt;
    const auto* body = static_cast<const GumboNode*>(html_children.data[1]);
    if (body->type != GUMBO_NODE_ELEMENT || body->v.element.children.length != 1) return std::nullopt;
    const auto* text = static_cast<const GumboNode*>(body->v.element.children.data[0]);
    if (text->type != GUMBO_NODE_TEXT) return std::nullopt;
    const std::string value = text->v.text.text;
    if (value.find_first_of("&;") != std::string::npos || utf8::count(value) > 2) return std::nullopt;
    return value;
}

std::optional<std::string> reference(std::string_view body) {
    if (const auto cp = numeric_reference(body)) return utf8_encode(*cp);
    for (const auto& [name, value] : kNamed)
        if (name == body) return std::string(value);
    if (!body.empty() && body.front() != '#') return html_named_reference(body);
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
            while (end < text.size() && end - i <= kLongestName && (is_alnum(text[end]) || text[end] == '#')) ++end;
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
