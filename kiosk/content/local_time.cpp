// Strict fixed-width parsing: a date either means exactly one day or is reported, never guessed.
#include "kiosk/content/local_time.h"

#include <charconv>
#include <cstdio>

#include "kiosk/base/ascii_text.h"

namespace kiosk {
namespace {

using date::local_seconds;

constexpr const char* kExpectedForm = "expected the form \"2023-10-09 17:30\"";

std::optional<int> digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

std::string two(int v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

const char* month_name(unsigned m) {
    static const char* const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
    return names[m - 1];
}

Result<date::local_days> make_day(int y, int m, int d, std::string_view text) {
    const std::string shown(text.substr(0, 10));
    if (m < 1 || m > 12) return unexpected(shown + " is not a real date: months go from 01 to 12");
    const date::year_month ym{date::year{y}, date::month{static_cast<unsigned>(m)}};
    const auto last = static_cast<unsigned>((ym / date::last).day());
    if (d < 1 || static_cast<unsigned>(d) > last) {
        return unexpected(shown + " is not a real date: " + month_name(static_cast<unsigned>(m)) + " " +
                          std::to_string(y) + " has " + std::to_string(last) + " days");
    }
    return date::local_days{ym / date::day{static_cast<unsigned>(d)}};
}

Result<std::chrono::seconds> parse_clock(std::string_view s, std::string_view whole) {
    const auto h = digits(s, 0, 2), m = digits(s, 3, 2);
    const bool has_seconds = s.size() == 8;
    const auto sec = has_seconds ? digits(s, 6, 2) : std::optional<int>(0);
    if (!h || !m || !sec || s[2] != ':' || (has_seconds && s[5] != ':') || (s.size() != 5 && !has_seconds)) {
        return unexpected("\"" + std::string(whole) + "\" is not a date and time; " + kExpectedForm);
    }
    if (*h > 23 || *m > 59 || *sec > 59) {
        return unexpected(std::string(s) + " is not a real time: hours go from 00 to 23, minutes and seconds from 00 to 59");
    }
    return std::chrono::hours{*h} + std::chrono::minutes{*m} + std::chrono::seconds{*sec};
}

// Splits a trailing "Z", "+01:00" or "+0100" from the clock part.
std::optional<std::chrono::seconds> take_offset(std::string_view& clock) {
    if (!clock.empty() && (clock.back() == 'Z' || clock.back() == 'z')) {
        clock.remove_suffix(1);
        return std::chrono::seconds{0};
    }
    const auto sign = clock.find_last_of("+-");
    if (sign == std::string_view::npos || sign < 5) return std::nullopt;
    const std::string_view off = clock.substr(sign + 1);
    const auto h = digits(off, 0, 2);
    const auto m = off.size() == 5 && off[2] == ':' ? digits(off, 3, 2) : off.size() == 4 ? digits(off, 2, 2) : std::nullopt;
    if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
    const bool negative = clock[sign] == '-';
    clock = clock.substr(0, sign);
    const std::chrono::seconds value = std::chrono::hours{*h} + std::chrono::minutes{*m};
    return negative ? -value : value;
}

std::string utc_offset_label(std::chrono::seconds offset) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(offset).count();
    const long long abs_minutes = minutes < 0 ? -minutes : minutes;
    std::string out = std::string("UTC") + (minutes < 0 ? "-" : "+") + std::to_string(abs_minutes / 60);
    if (abs_minutes % 60 != 0) out += ":" + two(static_cast<int>(abs_minutes % 60));
    return out;
}

std::string clock_of(local_seconds t) { return date::format("%H:%M", t); }

}  // namespace

Result<date::local_days> parse_date(std::string_view text) {
    text = trim(text);
    const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (text.size() != 10 || !y || !m || !d || text[4] != '-' || text[7] != '-') {
        return unexpected("\"" + std::string(text) + "\" is not a date; expected the form \"2023-10-09\"");
    }
    return make_day(*y, *m, *d, text);
}

Result<DateTimeText> parse_date_time(std::string_view text, bool allow_offset) {
    text = trim(text);
    const auto bad_form = [&] { return unexpected("\"" + std::string(text) + "\" is not a date and time; " + kExpectedForm); };
    if (text.size() < 16 || (text[10] != ' ' && text[10] != 'T' && text[10] != 't')) return bad_form();
    const auto day = parse_date(text.substr(0, 10));
    if (!day && day.error().message.find("not a real date") != std::string::npos) return unexpected(day.error());
    if (!day) return bad_form();
    std::string_view clock = text.substr(11);
    DateTimeText out;
    if (allow_offset) out.offset = take_offset(clock);
    const auto time_of_day = parse_clock(clock, text);
    if (!time_of_day) return unexpected(time_of_day.error());
    out.local = local_seconds{day.value()} + time_of_day.value();
    return out;
}

Result<ZonedInstant> to_instant(local_seconds local, const date::time_zone& zone) {
    const date::local_info info = zone.get_info(local);
    const std::string shown = format_local(local);
    if (info.result == date::local_info::nonexistent) {
        const auto change = info.second.begin;
        return unexpected(shown + " does not exist in " + zone.name() + ": the clocks go forward from " +
                          clock_of(local_seconds{change.time_since_epoch()} + info.first.offset) + " to " +
                          clock_of(local_seconds{change.time_since_epoch()} + info.second.offset) +
                          " that day; give a time outside the skipped hour");
    }
    ZonedInstant out;
    out.instant = std::chrono::time_point_cast<std::chrono::seconds>(zone.to_sys(local, date::choose::earliest));
    if (info.result == date::local_info::ambiguous) {
        const auto change = info.second.begin;
        out.warning = shown + " happens twice in " + zone.name() + " because the clocks go back from " +
                      clock_of(local_seconds{change.time_since_epoch()} + info.first.offset) + " to " +
                      clock_of(local_seconds{change.time_since_epoch()} + info.second.offset) +
                      "; the earlier one (" + info.first.abbrev + ", " + utc_offset_label(info.first.offset) +
                      ") is used";
    }
    return out;
}

std::string format_local(local_seconds local) {
    const auto seconds = (local - date::floor<std::chrono::minutes>(local)).count();
    return date::format(seconds == 0 ? "%Y-%m-%d %H:%M" : "%Y-%m-%d %H:%M:%S", local);
}

std::string format_utc(Instant t) { return date::format("%Y-%m-%dT%H:%M:%SZ", t); }

std::optional<Instant> parse_utc(std::string_view text) {
    // Fixed form only: "YYYY-MM-DDTHH:MM:SSZ", as format_utc writes it.
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z') {
        return std::nullopt;
    }
    const auto number = [&](std::size_t at, std::size_t len) -> std::optional<int> {
        int v = 0;
        const auto* first = text.data() + at;
        const auto [end, ec] = std::from_chars(first, first + len, v);
        if (ec != std::errc() || end != first + len) return std::nullopt;
        return v;
    };
    const auto y = number(0, 4), mo = number(5, 2), d = number(8, 2);
    const auto h = number(11, 2), mi = number(14, 2), s = number(17, 2);
    if (!y || !mo || !d || !h || !mi || !s || *h > 23 || *mi > 59 || *s > 60) return std::nullopt;
    const std::chrono::year_month_day day{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*mo)},
                                          std::chrono::day{static_cast<unsigned>(*d)}};
    if (!day.ok()) return std::nullopt;
    return std::chrono::sys_days{day} + std::chrono::hours{*h} + std::chrono::minutes{*mi} + std::chrono::seconds{*s};
}

}  // namespace kiosk
