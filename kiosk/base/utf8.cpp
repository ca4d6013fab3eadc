// UTF-8 decoding and encoding shared by the content checks, layout, text shaping and importers.
#include "kiosk/base/utf8.h"

namespace kiosk::utf8 {

std::optional<CodePoint> try_decode(std::string_view text, std::size_t offset) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80U) return CodePoint{lead, 1};
    std::size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2, value = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3, value = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4, value = lead & 0x07U;
    } else {
        return std::nullopt;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (offset + i >= text.size() || !is_continuation(text[offset + i])) return std::nullopt;
        value = (value << 6U) | (static_cast<unsigned char>(text[offset + i]) & 0x3FU);
    }
    constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
    if (value < kSmallest[length] || value > 0x10FFFF || surrogate) return std::nullopt;
    return CodePoint{value, length};
}

CodePoint decode(std::string_view text, std::size_t offset) {
    return try_decode(text, offset).value_or(CodePoint{kReplacement, 1});
}

std::vector<char32_t> decode(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        if (const auto cp = try_decode(text, at)) {
            out.push_back(cp->value);
            at += cp->length;
        } else {
            ++at;  // Drop one bad byte and resynchronise on the next.
        }
    }
    return out;
}

void append(std::string& out, char32_t cp) {
    const auto byte = [&out](char32_t value) { out.push_back(static_cast<char>(static_cast<unsigned char>(value))); };
    if (cp < 0x80) {
        byte(cp);
    } else if (cp < 0x800) {
        byte(0xC0 | (cp >> 6));
        byte(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        byte(0xE0 | (cp >> 12));
        byte(0x80 | ((cp >> 6) & 0x3F));
        byte(0x80 | (cp & 0x3F));
    } else {
        byte(0xF0 | (cp >> 18));
        byte(0x80 | ((cp >> 12) & 0x3F));
        byte(0x80 | ((cp >> 6) & 0x3F));
        byte(0x80 | (cp & 0x3F));
    }
}

std::string encode(const std::vector<char32_t>& code_points) {
    std::string out;
    out.reserve(code_points.size());
    for (char32_t cp : code_points) append(out, cp);
    return out;
}

std::size_t count(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) {
        if (!is_continuation(c)) ++n;
    }
    return n;
}

std::size_t boundary_before(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return text.size();
    while (offset > 0 && is_continuation(text[offset])) --offset;
    return offset;
}

}  // namespace kiosk::utf8
