// RSS pubDate: RFC 822 as amended by RFC 1123, with the variations feeds write in practice
// (no weekday, one-digit days, no seconds, two-digit years, named North American zones).
#include <array>
#include <string>

#include "kiosk/import/rfc822_date.h"

#include "kiosk/base/ascii_text.h"

namespace kiosk::import {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};

struct NamedZone {
    std::string_view name;
    int hours;
};
constexpr std::array<NamedZone, 10> kZones{{{"gmt", 0}, {"ut", 0}, {"utc", 0}, {"z", 0}, {"est", -5},
                                            {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"pst", -8}, {"pdt", -7}}};

// Splits on spaces and commas.
std::array<std::string_view, 6> words(std::string_view s, std::size_t& n) {
    std::array<std::string_view, 6> out{};
    n = 0;
    std::size_t i = 0;
    while (i < s.size() && n < out.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
        if (i > start) out[n++] = s.substr(start, i - start);
    }
    return out;
}

std::optional<int> number(std::string_view s) {
    if (s.empty() || s.size() > 4) return std::nullopt;
    int v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::optional<seconds> zone_offset(std::string_view z) {
    if (z.size() == 5 && (z[0] == '+' || z[0] == '-')) {
        const auto hhmm = number(z.substr(1));
        if (!hhmm || *hhmm % 100 > 59) return std::nullopt;
        const int secs = (*hhmm / 100) * 3600 + (*hhmm % 100) * 60;
        return seconds{z[0] == '-' ? -secs : secs};
    }
    const std::string name = ascii_lower(z);
    for (const auto& zone : kZones)
        if (zone.name == name) return hours{zone.hours};
    return std::nullopt;
}

std::optional<seconds> clock(std::string_view s) {
    // "17:30" or "17:30:00"
    if (s.size() != 5 && s.size() != 8) return std::nullopt;
    const auto h = number(s.substr(0, 2));
    const auto m = number(s.substr(3, 2));
    const auto sec = s.size() == 8 ? number(s.substr(6, 2)) : std::optional<int>{0};
    if (s[2] != ':' || (s.size() == 8 && s[5] != ':') || !h || !m || !sec || *h > 23 || *m > 59 || *sec > 60)
        return std::nullopt;
    return hours{*h} + minutes{*m} + seconds{*sec};
}

}  // namespace

std::optional<Instant> parse_rfc822(std::string_view text) {
    std::size_t n = 0;
    auto w = words(text, n);
    std::size_t i = 0;
    if (n > 0 && !w[0].empty() && (w[0][0] < '0' || w[0][0] > '9')) ++i;  // the weekday, which adds nothing
    if (n < i + 5) return std::nullopt;
    const auto d = number(w[i]);
    const std::string mon = ascii_lower(w[i + 1].substr(0, 3));
    auto y = number(w[i + 2]);
    const auto t = clock(w[i + 3]);
    const auto off = zone_offset(w[i + 4]);
    std::size_t m = 0;
    while (m < kMonths.size() && kMonths[m] != mon) ++m;
    if (!d || !y || !t || !off || m == kMonths.size()) return std::nullopt;
    if (*y < 100) *y += *y < 50 ? 2000 : 1900;
    const year_month_day ymd{year{*y}, month{static_cast<unsigned>(m + 1)}, day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return Instant{sys_days{ymd}} + *t - *off;
}

}  // namespace kiosk::import
