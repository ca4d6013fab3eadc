// Strict where a wrong reading would show a wrong time, lenient about what carries no time.
#include "kiosk/import/time_text.h"

#include <array>
#include <cstdlib>
#include <string>

#include "kiosk/base/ascii_text.h"

namespace kiosk::import {
namespace {

using namespace std::chrono;

bool digit(char c) { return c >= '0' && c <= '9'; }

// Exactly `n` digits at `s[i]`, advancing `i`.
std::optional<int> digits(std::string_view s, std::size_t& i, std::size_t n) {
    if (i + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (!digit(s[i + k])) return std::nullopt;
        v = v * 10 + (s[i + k] - '0');
    }
    i += n;
    return v;
}

// One or two digits, as day numbers and hours are written in RFC 822 and durations.
std::optional<int> short_number(std::string_view s, std::size_t& i) {
    if (i >= s.size() || !digit(s[i])) return std::nullopt;
    int v = s[i++] - '0';
    if (i < s.size() && digit(s[i])) v = v * 10 + (s[i++] - '0');
    return v;
}

std::optional<local_days> make_day(int y, int m, int d) {
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return local_days{ymd};
}

// "HH:MM" with optional ":SS" and an optional fraction, at `s[i]`.
std::optional<seconds> clock_at(std::string_view s, std::size_t& i) {
    const auto h = digits(s, i, 2);
    if (!h || i >= s.size() || s[i++] != ':') return std::nullopt;
    const auto m = digits(s, i, 2);
    if (!m || *h > 23 || *m > 59) return std::nullopt;
    int sec = 0;
    if (i < s.size() && s[i] == ':') {
        ++i;
        const auto ss = digits(s, i, 2);
        if (!ss || *ss > 60) return std::nullopt;
        sec = *ss;
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        while (i < s.size() && digit(s[i])) ++i;
    }
    return hours{*h} + minutes{*m} + seconds{sec};
}

// "Z", "+02:00", "+0200", "+02"; nothing at the end of the text.
std::optional<std::optional<seconds>> offset_at(std::string_view s, std::size_t i) {
    if (i == s.size()) return std::optional<seconds>{};
    if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == s.size()) return std::optional<seconds>{seconds{0}};
    if (s[i] != '+' && s[i] != '-') return std::nullopt;
    const int sign = s[i++] == '-' ? -1 : 1;
    const auto h = digits(s, i, 2);
    if (!h) return std::nullopt;
    if (i < s.size() && s[i] == ':') ++i;
    const auto m = (i == s.size()) ? std::optional<int>{0} : digits(s, i, 2);
    if (!m || i != s.size() || *h > 23 || *m > 59) return std::nullopt;
    return std::optional<seconds>{seconds{sign * (*h * 3600 + *m * 60)}};
}

}  // namespace

std::optional<Instant> Stamp::instant() const {
    if (!offset) return std::nullopt;
    return Instant{local.time_since_epoch() - *offset};
}

std::optional<local_days> parse_iso_date(std::string_view text) {
    text = trim(text, kWhiteSpace);
    std::size_t i = 0;
    const auto y = digits(text, i, 4);
    if (!y || i >= text.size() || text[i++] != '-') return std::nullopt;
    const auto m = digits(text, i, 2);
    if (!m || i >= text.size() || text[i++] != '-') return std::nullopt;
    const auto d = digits(text, i, 2);
    if (!d || i != text.size()) return std::nullopt;
    return make_day(*y, *m, *d);
}

std::optional<Stamp> parse_rfc3339(std::string_view text) {
    text = trim(text, kWhiteSpace);
    if (text.size() < 16 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) return std::nullopt;
    const auto day = parse_iso_date(text.substr(0, 10));
    std::size_t i = 11;
    const auto clock = day ? clock_at(text, i) : std::nullopt;
    if (!clock) return std::nullopt;
    const auto offset = offset_at(text, i);
    if (!offset) return std::nullopt;
    return Stamp{LocalSeconds{*day} + *clock, *offset};
}

std::optional<seconds> parse_clock_duration(std::string_view text) {
    text = trim(text, kWhiteSpace);
    std::size_t i = 0;
    const auto h = short_number(text, i);
    if (!h || i >= text.size() || text[i++] != ':') return std::nullopt;
    const auto m = digits(text, i, 2);
    if (!m || *m > 59) return std::nullopt;
    int sec = 0;
    if (i < text.size() && text[i] == ':') {
        ++i;
        const auto s = digits(text, i, 2);
        if (!s || *s > 59) return std::nullopt;
        sec = *s;
    }
    if (i != text.size()) return std::nullopt;
    return hours{*h} + minutes{*m} + seconds{sec};
}

std::string offset_label(seconds offset) {
    const char sign = offset < seconds{0} ? '-' : '+';
    const long long total = std::llabs(offset.count()) / 60;
    const auto two = [](long long v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    return sign + two(total / 60) + ":" + two(total % 60);
}

}  // namespace kiosk::import
