// Calendar arithmetic in the event's time zone, through the date library's zone rules.
#include "kiosk/schedule/local_day.h"

#include <date/tz.h>

#include <array>

namespace kiosk {

namespace {

constexpr std::array<const char*, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                  "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

std::string two_digits(long value) {
    std::string text = std::to_string(value);
    return value < 10 ? "0" + text : text;
}

std::string weekday_name(LocalDay day) {
    return kWeekdays.at(date::weekday{day}.c_encoding());
}

std::string month_name(LocalDay day) {
    return kMonths.at(unsigned{date::year_month_day{day}.month()} - 1U);
}

std::string day_of_month(LocalDay day) {
    return std::to_string(unsigned{date::year_month_day{day}.day()});
}

}  // namespace

const date::time_zone& event_zone(const Content& content) {
    if (content.event.zone) return *content.event.zone;
    static const date::time_zone* const utc = date::locate_zone("Etc/UTC");
    return *utc;
}

date::local_seconds to_local(Instant t, const date::time_zone& zone) {
    return zone.to_local(t);
}

LocalDay local_day_of(Instant t, const date::time_zone& zone) {
    return date::floor<date::days>(to_local(t, zone));
}

int days_between(LocalDay from, LocalDay to) {
    return static_cast<int>((to - from).count());
}

std::string clock_label(date::local_seconds t) {
    const auto since_midnight = t - date::floor<date::days>(t);
    const auto hours = std::chrono::duration_cast<std::chrono::hours>(since_midnight);
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(since_midnight - hours);
    return two_digits(hours.count()) + ":" + two_digits(minutes.count());
}

std::string day_label(LocalDay day) {
    return weekday_name(day) + " " + day_of_month(day) + " " + month_name(day);
}

std::string short_day_label(LocalDay day) {
    return weekday_name(day).substr(0, 3) + " " + day_of_month(day) + " " + month_name(day).substr(0, 3);
}

}  // namespace kiosk
