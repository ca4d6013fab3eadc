// Parsing "HH:MM-HH:MM" windows and deciding whether a local time is inside the screen's on hours.
#include "kiosk/service/on_hours.h"

#include "kiosk/base/ascii_text.h"

namespace kiosk {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "07:30" -> 450. Hours 0..24, minutes 0..59, and 24 only as "24:00".
std::optional<int> parse_clock(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    for (std::size_t i : {0u, 1u, 3u, 4u}) {
        if (!is_digit(s[i])) return std::nullopt;
    }
    const int hours = (s[0] - '0') * 10 + (s[1] - '0');
    const int minutes = (s[3] - '0') * 10 + (s[4] - '0');
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) return std::nullopt;
    return hours * 60 + minutes;
}

// 450 -> "07:30"; minutes are always within 0..1440 here.
std::string clock_text(int minute) {
    const auto digit = [](int d) { return static_cast<char>('0' + d); };
    const int h = minute / 60, m = minute % 60;
    return {digit(h / 10), digit(h % 10), ':', digit(m / 10), digit(m % 10)};
}

bool same_day_hit(const TimeWindow& w, int minute) {
    if (w.start_minute < w.end_minute) return minute >= w.start_minute && minute < w.end_minute;
    return minute >= w.start_minute;  // runs past midnight: the evening part
}

bool after_midnight_hit(const TimeWindow& w, int minute) {
    return w.end_minute <= w.start_minute && minute < w.end_minute;
}

std::string describe_day(const std::vector<TimeWindow>& windows) {
    if (windows.empty()) return "off";
    std::string out;
    for (const auto& w : windows) {
        if (!out.empty()) out += ", ";
        out += clock_text(w.start_minute) + "-" + clock_text(w.end_minute);
    }
    return out;
}

}  // namespace

std::optional<TimeWindow> parse_time_window(std::string_view text, std::string& why) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        why = "expected a time window like \"07:30-22:00\"";
        return std::nullopt;
    }
    const auto start = parse_clock(trim(text.substr(0, dash)));
    const auto end = parse_clock(trim(text.substr(dash + 1)));
    if (!start || !end) {
        why = "expected a time window like \"07:30-22:00\" (24-hour clock, HH:MM)";
        return std::nullopt;
    }
    if (*start == kMinutesPerDay) {
        why = "a window cannot start at 24:00; write \"00:00\"";
        return std::nullopt;
    }
    if (*start == *end) {
        why = "the window \"" + std::string(text) + "\" is empty; write \"00:00-24:00\" for the whole day";
        return std::nullopt;
    }
    return TimeWindow{*start, *end};
}

bool within_on_hours(const OnHours& hours, date::local_seconds local) {
    if (hours.always) return true;
    const auto day = date::floor<date::days>(local);
    const int minute = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(local - day).count());
    const unsigned today = date::weekday(day).c_encoding();
    const unsigned yesterday = (today + 6) % 7;
    for (const auto& w : hours.days[today]) {
        if (same_day_hit(w, minute)) return true;
    }
    for (const auto& w : hours.days[yesterday]) {
        if (after_midnight_hit(w, minute)) return true;
    }
    return false;
}

bool within_on_hours(const OnHours& hours, std::chrono::sys_seconds now, const date::time_zone& zone) {
    return within_on_hours(hours, zone.to_local(now));
}

std::string describe(const OnHours& hours) {
    if (hours.always) return "always";
    static constexpr const char* kNames[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    // Monday first, and runs of days with the same windows folded into "Mon-Fri".
    std::string out;
    for (unsigned i = 0; i < 7;) {
        const unsigned day = (i + 1) % 7;
        unsigned j = i + 1;
        while (j < 7 && hours.days[(j + 1) % 7] == hours.days[day]) ++j;
        if (!out.empty()) out += "; ";
        out += kNames[day];
        if (j - i > 1) out += std::string("-") + kNames[(j) % 7];
        out += " " + describe_day(hours.days[day]);
        i = j;
    }
    if (hours.dimmed_clock) out += "; dimmed clock when off";
    return out;
}

}  // namespace kiosk
