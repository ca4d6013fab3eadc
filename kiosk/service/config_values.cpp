// Parsing and checking of single config values; every error names what would have been accepted.
#include "kiosk/service/config_values.h"

#include <cstdint>

#include "kiosk/content/url_resolve.h"

namespace kiosk {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads the leading digits of `s` (at most 9, so the number always fits), advancing `s`.
std::optional<std::int64_t> take_number(std::string_view& s) {
    std::size_t n = 0;
    std::int64_t value = 0;
    while (n < s.size() && is_digit(s[n])) {
        if (n == 9) return std::nullopt;
        value = value * 10 + (s[n] - '0');
        ++n;
    }
    if (n == 0) return std::nullopt;
    s.remove_prefix(n);
    return value;
}

std::optional<std::int64_t> unit_seconds(char unit) {
    switch (unit) {
        case 's': return 1;
        case 'm': return 60;
        case 'h': return 3600;
        default: return std::nullopt;
    }
}

bool is_base64(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) || c == '+' || c == '/';
}

// One "sha256//" pin: the base64 text of a 32-byte hash is 43 characters and one '='.
bool valid_pin(std::string_view pin) {
    constexpr std::string_view kPrefix = "sha256//";
    if (pin.substr(0, kPrefix.size()) != kPrefix) return false;
    const std::string_view hash = pin.substr(kPrefix.size());
    if (hash.size() != 44 || hash.back() != '=') return false;
    for (std::size_t i = 0; i + 1 < hash.size(); ++i) {
        if (!is_base64(hash[i])) return false;
    }
    return true;
}

}  // namespace

Result<std::chrono::seconds> parse_duration(std::string_view text, std::chrono::seconds bare_unit) {
    const std::string expected = "expected a duration such as 30, \"30s\", \"5m\" or \"1h30m\"";
    std::string_view rest = text;
    std::int64_t total = 0;
    bool first = true;
    while (!rest.empty()) {
        const auto number = take_number(rest);
        if (!number) return unexpected(expected);
        if (rest.empty()) {
            // A bare number only makes sense on its own: "1h30" is more likely a mistake.
            if (!first) return unexpected(expected);
            total = *number * bare_unit.count();
            break;
        }
        const auto unit = unit_seconds(rest.front());
        if (!unit) return unexpected(expected);
        rest.remove_prefix(1);
        total += *number * *unit;
        first = false;
    }
    if (first && text.empty()) return unexpected(expected);
    return std::chrono::seconds(total);
}

std::string describe_seconds(std::chrono::seconds d) {
    const auto n = d.count();
    if (n != 0 && n % 3600 == 0) return std::to_string(n / 3600) + " h";
    if (n != 0 && n % 60 == 0) return std::to_string(n / 60) + " min";
    return std::to_string(n) + " s";
}

std::optional<bool> parse_flag(std::string_view text) {
    for (std::string_view yes : {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"}) {
        if (text == yes) return true;
    }
    for (std::string_view no : {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"}) {
        if (text == no) return false;
    }
    return std::nullopt;
}

Result<Resolution> parse_resolution(std::string_view text) {
    const std::string expected = "expected a size in pixels like \"1920x1080\"";
    std::string_view rest = text;
    const auto width = take_number(rest);
    if (!width) return unexpected(expected);
    if (!rest.empty() && (rest.front() == 'x' || rest.front() == 'X')) {
        rest.remove_prefix(1);
    } else if (rest.substr(0, 2) == "\xC3\x97") {
        rest.remove_prefix(2);
    } else {
        return unexpected(expected);
    }
    const auto height = take_number(rest);
    if (!height || !rest.empty()) return unexpected(expected);
    constexpr std::int64_t kMin = 64, kMax = 16384;
    if (*width < kMin || *height < kMin || *width > kMax || *height > kMax) {
        return unexpected(std::string("each side must be between 64 and 16384 pixels"));
    }
    return Resolution{static_cast<int>(*width), static_cast<int>(*height)};
}

Status check_source(std::string_view text) {
    if (text.empty()) return unexpected("an empty text is neither a URL nor a path");
    const auto scheme = uri_scheme(text);
    if (!scheme || *scheme == "http" || *scheme == "https") return {};
    if (*scheme == "file") {
        if (text.substr(0, 8) == "file:///") return {};
        return unexpected("a file URL must be absolute, like file:///srv/kiosk/event.yaml");
    }
    return unexpected("the kiosk fetches http://, https:// and file:// URLs and local paths, not " + *scheme + "://");
}

bool pin_is_file(std::string_view text) { return text.substr(0, 8) != "sha256//"; }

Status check_pinned_public_key(std::string_view text) {
    if (text.empty()) return unexpected("an empty text is neither a pin nor a key file");
    if (pin_is_file(text)) return {};
    std::string_view rest = text;
    while (true) {
        const auto semicolon = rest.find(';');
        if (!valid_pin(rest.substr(0, semicolon))) {
            return unexpected(
                "expected \"sha256//\" followed by the base64 SHA-256 of the server's public key "
                "(44 characters ending in '='), several joined by ';', or the path of a key file");
        }
        if (semicolon == std::string_view::npos) return {};
        rest.remove_prefix(semicolon + 1);
    }
}

}  // namespace kiosk
