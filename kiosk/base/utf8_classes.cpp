// The character classes that line breaking needs, declared in utf8.h.
#include "kiosk/base/text_breaks.h"
#include "kiosk/base/utf8.h"

namespace kiosk::utf8 {

std::size_t cluster_length(std::string_view text, std::size_t offset) {
    return breaks::cluster_end(text, offset) - offset;
}

bool is_space(char32_t c) {
    // No-break spaces (U+00A0, U+2007, U+202F) are left out on purpose: they join words.
    return c == ' ' || c == '\t' || c == 0x3000 || (c >= 0x2000 && c <= 0x200A && c != 0x2007) || c == 0x205F;
}

}  // namespace kiosk::utf8
