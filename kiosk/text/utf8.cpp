// UTF-8 decoding and encoding that never fails.
#include "kiosk/text/utf8.h"

#include <cstddef>
#include <cstdint>

namespace kiosk::text::utf8 {
namespace {

// Length of the sequence a lead byte announces, or 0 for a byte that cannot start one.
std::size_t sequence_length(std::uint8_t lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

bool is_continuation(std::uint8_t byte) { return (byte & 0xC0) == 0x80; }

// Decodes the sequence starting at `i`, or returns U+FFFFFFFF when it is invalid.
char32_t decode_at(std::string_view text, std::size_t i, std::size_t length) {
    const auto lead = static_cast<std::uint8_t>(text[i]);
    if (length == 1) return lead;
    if (i + length > text.size()) return 0xFFFFFFFF;
    char32_t cp = lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        const auto byte = static_cast<std::uint8_t>(text[i + k]);
        if (!is_continuation(byte)) return 0xFFFFFFFF;
        cp = (cp << 6) | (byte & 0x3Fu);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) return 0xFFFFFFFF;
    return cp;
}

}  // namespace

std::vector<char32_t> decode(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = sequence_length(static_cast<std::uint8_t>(text[i]));
        const char32_t cp = length == 0 ? 0xFFFFFFFF : decode_at(text, i, length);
        if (cp == 0xFFFFFFFF) {
            ++i;  // Drop one bad byte and resynchronise on the next.
            continue;
        }
        out.push_back(cp);
        i += length;
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

}  // namespace kiosk::text::utf8
