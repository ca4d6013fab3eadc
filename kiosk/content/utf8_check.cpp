// A strict UTF-8 check that stops at the first bad byte, with messages an organiser can act on.
#include "kiosk/content/utf8_check.h"

#include <cstdio>

#include "kiosk/base/utf8.h"

namespace kiosk {
namespace {

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
        const auto code_point = utf8::try_decode(text, i);
        if (!code_point) return TextProblem{i, invalid_message(text, i)};
        i += code_point->length;
    }
    return std::nullopt;
}

std::string_view strip_utf8_bom(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

}  // namespace kiosk
