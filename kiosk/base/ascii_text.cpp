// Trimming and case folding over ASCII, whatever the process locale.
#include "kiosk/base/ascii_text.h"

namespace kiosk {

std::string_view trim_start(std::string_view s, std::string_view blanks) {
    const auto first = s.find_first_not_of(blanks);
    return first == std::string_view::npos ? std::string_view{} : s.substr(first);
}

std::string_view trim_end(std::string_view s, std::string_view blanks) {
    const auto last = s.find_last_not_of(blanks);
    return last == std::string_view::npos ? std::string_view{} : s.substr(0, last + 1);
}

std::string_view trim(std::string_view s, std::string_view blanks) { return trim_end(trim_start(s, blanks), blanks); }

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

}  // namespace kiosk
