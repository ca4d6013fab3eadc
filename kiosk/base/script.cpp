// Unicode character data as ranges covering the scripts the kiosk ships fonts for.
#include "kiosk/base/script.h"

#include "kiosk/base/utf8.h"

namespace kiosk::script {
namespace {

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

bool is_arabic(char32_t cp) {
    return in(cp, 0x0600, 0x06FF) || in(cp, 0x0750, 0x077F) || in(cp, 0x0870, 0x08FF) ||
           in(cp, 0xFB50, 0xFDFF) || in(cp, 0xFE70, 0xFEFF) || in(cp, 0x1EE00, 0x1EEFF);
}

bool is_hebrew(char32_t cp) { return in(cp, 0x0590, 0x05FF) || in(cp, 0xFB1D, 0xFB4F); }

// Other right-to-left scripts (Syriac, Thaana, NKo, Samaritan, Mandaic, and the historic
// scripts of the supplementary planes). We ship no fonts for them but still order them right.
bool is_other_rtl(char32_t cp) {
    return in(cp, 0x0700, 0x07BF) || in(cp, 0x07C0, 0x085F) || in(cp, 0x10800, 0x10FFF) ||
           in(cp, 0x1E800, 0x1EDFF) || in(cp, 0x1EF00, 0x1EFFF);
}

bool is_number(char32_t cp) {
    return in(cp, '0', '9') || in(cp, 0x0660, 0x0669) || in(cp, 0x06F0, 0x06F9) ||
           in(cp, 0x0966, 0x096F) || in(cp, 0xFF10, 0xFF19);
}

bool is_neutral(char32_t cp) {
    if (cp < 0x80) {
        return !((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'));
    }
    return in(cp, 0x00A0, 0x00BF) || cp == 0x00D7 || cp == 0x00F7 || in(cp, 0x2000, 0x2BFF) ||
           in(cp, 0x3000, 0x3004) || in(cp, 0x3008, 0x3020) || in(cp, 0xFE10, 0xFE1F) ||
           in(cp, 0xFE30, 0xFE4F) || in(cp, 0xFF01, 0xFF0F) || in(cp, 0xFF1A, 0xFF20) ||
           in(cp, 0x1F000, 0x1FBFF) || cp == 0x060C || cp == 0x061B || cp == 0x061F ||
           cp == 0x06D4 || cp == 0x0964 || cp == 0x0965;
}

}  // namespace

Script script_of(char32_t cp) {
    if (is_number(cp) || is_neutral(cp)) return Script::Common;
    if (cp < 0x0250 || in(cp, 0x1E00, 0x1EFF) || in(cp, 0xFF21, 0xFF5A)) return Script::Latin;
    if (in(cp, 0x0370, 0x03FF) || in(cp, 0x1F00, 0x1FFF)) return Script::Greek;
    if (in(cp, 0x0400, 0x052F)) return Script::Cyrillic;
    if (is_arabic(cp)) return Script::Arabic;
    if (is_hebrew(cp)) return Script::Hebrew;
    if (in(cp, 0x0900, 0x097F) || in(cp, 0xA8E0, 0xA8FF)) return Script::Devanagari;
    if (in(cp, 0x3040, 0x309F)) return Script::Hiragana;
    if (in(cp, 0x30A0, 0x30FF) || in(cp, 0x31F0, 0x31FF) || in(cp, 0xFF66, 0xFF9F)) return Script::Katakana;
    if (in(cp, 0x1100, 0x11FF) || in(cp, 0x3130, 0x318F) || in(cp, 0xAC00, 0xD7AF)) return Script::Hangul;
    if (in(cp, 0x2E80, 0x2FDF) || in(cp, 0x3005, 0x3007) || in(cp, 0x3400, 0x4DBF) ||
        in(cp, 0x4E00, 0x9FFF) || in(cp, 0xF900, 0xFAFF) || in(cp, 0x20000, 0x3134F)) {
        return Script::Han;
    }
    return Script::Other;
}

const char* tag_of(Script script) {
    switch (script) {
        case Script::Latin: return "Latn";
        case Script::Greek: return "Grek";
        case Script::Cyrillic: return "Cyrl";
        case Script::Arabic: return "Arab";
        case Script::Hebrew: return "Hebr";
        case Script::Devanagari: return "Deva";
        case Script::Han: return "Hani";
        case Script::Hiragana: return "Hira";
        case Script::Katakana: return "Kana";
        case Script::Hangul: return "Hang";
        case Script::Common:
        case Script::Other: break;
    }
    return "Zyyy";
}

Bidi bidi_of(char32_t cp) {
    if (is_number(cp)) return Bidi::Number;
    if (is_neutral(cp) || is_sticky(cp)) return Bidi::Neutral;
    if (is_arabic(cp) || is_hebrew(cp) || is_other_rtl(cp)) return Bidi::Right;
    return Bidi::Left;
}

Bidi first_strong(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const utf8::CodePoint cp = utf8::decode(text, at);
        const Bidi c = bidi_of(cp.value);
        if (c == Bidi::Left || c == Bidi::Right) return c;
        at += cp.length;
    }
    return Bidi::Neutral;
}

bool is_default_ignorable(char32_t cp) {
    return cp == 0x00AD || cp == 0x034F || in(cp, 0x200B, 0x200F) || in(cp, 0x2060, 0x2064) ||
           in(cp, 0xFE00, 0xFE0F) || cp == 0xFEFF || in(cp, 0xE0000, 0xE0FFF);
}

bool is_sticky(char32_t cp) {
    return is_default_ignorable(cp) || in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) ||
           in(cp, 0x0591, 0x05BD) || in(cp, 0x05BF, 0x05C7) || in(cp, 0x0610, 0x061A) ||
           in(cp, 0x064B, 0x065F) || cp == 0x0670 || in(cp, 0x06D6, 0x06DC) ||
           in(cp, 0x06DF, 0x06E4) || in(cp, 0x06E7, 0x06E8) || in(cp, 0x06EA, 0x06ED) ||
           in(cp, 0x08D3, 0x08FF) || in(cp, 0x0900, 0x0903) || in(cp, 0x093A, 0x093C) ||
           in(cp, 0x093E, 0x094F) || in(cp, 0x0951, 0x0957) || in(cp, 0x0962, 0x0963) ||
           in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) || in(cp, 0x20D0, 0x20FF) ||
           in(cp, 0x3099, 0x309A) || in(cp, 0xFE20, 0xFE2F) || in(cp, 0x1F3FB, 0x1F3FF);
}

bool is_control(char32_t cp) {
    return cp < 0x20 || in(cp, 0x7F, 0x9F) || cp == 0x2028 || cp == 0x2029;
}

}  // namespace kiosk::script
