// A strict UTF-8 decoder that stops at the first bad byte, with messages an organiser can act on.
#include "kiosk/content/utf8_check.h"

#include <cstdio>

namespace kiosk {
namespace {

// Length of a valid sequence starting at `i`, or 0 when the sequence is malformed.
std::size_t sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80U) return 1;
    std::size_t len = 0;
    unsigned lo = 0x80U, hi = 0xBFU;  // allowed range of the second byte
    if (b0 >= 0xC2U && b0 <= 0xDFU) len = 2;
    else if (b0 >= 0xE0U && b0 <= 0xEFU) {
        len = 3;
        if (b0 == 0xE0U) lo = 0xA0U;  // overlong
        if (b0 == 0xEDU) hi = 0x9FU;  // UTF-16 surrogates
    } else if (b0 >= 0xF0U && b0 <= 0xF4U) {
        len = 4;
        if (b0 == 0xF0U) lo = 0x90U;  // overlong
        if (b0 == 0xF4U) hi = 0x8FU;  // past U+10FFFF
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (byte(i + k) < 0x80U || byte(i + k) > 0xBFU) return 0;
    }
    return len;
}

std::string hex_byte(unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(b));
    return buf;
}

std::string invalid_message(std::string_view s, std::size_t i) {
    if (i == 0 && s.size() >= 2 && ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'))) {
        return "the file is UTF-16 text; save it as UTF-8";
    }
    return "invalid UTF-8: byte " + hex_byte(static_cast<unsigned char>(s[i])) +
           " does not start or continue a character; save the file as UTF-8";
}

std::string control_message(unsigned char c) {
    if (c == 0) return "a NUL byte: this looks like a binary file, not YAML text";
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return std::string("control character ") + buf +
           " is not allowed; only tabs, line breaks and printable text may appear";
}

bool is_forbidden_control(unsigned char c) {
    return (c < 0x20U && c != '\t' && c != '\n' && c != '\r') || c == 0x7FU;
}

}  // namespace

std::optional<TextProblem> check_utf8_text(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_forbidden_control(c)) return TextProblem{i, control_message(c)};
        const std::size_t len = sequence_length(text, i);
        if (len == 0) return TextProblem{i, invalid_message(text, i)};
        i += len;
    }
    return std::nullopt;
}

std::string_view strip_utf8_bom(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

}  // namespace kiosk
