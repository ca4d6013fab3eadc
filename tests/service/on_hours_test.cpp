// Tests of the on-hours rules: window edges, windows past midnight, per-day hours, time zones.
#include <doctest/doctest.h>

#include "kiosk/service/on_hours.h"

namespace {

using namespace date::literals;
using std::chrono::hours;
using std::chrono::minutes;

// 9 October 2023 is a Monday.
date::local_seconds at(date::year_month_day day, int h, int m) {
    return date::local_days(day) + hours(h) + minutes(m);
}

kiosk::TimeWindow window(const char* text) {
    std::string why;
    const auto w = kiosk::parse_time_window(text, why);
    REQUIRE_MESSAGE(w.has_value(), why);
    return *w;
}

kiosk::OnHours daily(const char* text) {
    kiosk::OnHours h;
    h.always = false;
    for (auto& day : h.days) day = {window(text)};
    return h;
}

}  // namespace

TEST_CASE("on hours: with no hours given the screen is always on") {
    CHECK(kiosk::within_on_hours(kiosk::OnHours{}, at(2023_y / 10 / 9, 3, 0)));
}

TEST_CASE("on hours: a daily window includes its start and excludes its end") {
    const auto h = daily("07:30-22:00");
    CHECK_FALSE(kiosk::within_on_hours(h, at(2023_y / 10 / 9, 7, 29)));
    CHECK(kiosk::within_on_hours(h, at(2023_y / 10 / 9, 7, 30)));
    CHECK(kiosk::within_on_hours(h, at(2023_y / 10 / 9, 21, 59)));
    CHECK_FALSE(kiosk::within_on_hours(h, at(2023_y / 10 / 9, 22, 0)));
}

TEST_CASE("on hours: 00:00-24:00 is the whole day") {
    const auto h = daily("00:00-24:00");
    CHECK(kiosk::within_on_hours(h, at(2023_y / 10 / 9, 0, 0)));
    CHECK(kiosk::within_on_hours(h, at(2023_y / 10 / 9, 23, 59)));
}

TEST_CASE("on hours: a window past midnight belongs to the day it starts on") {
    kiosk::OnHours h;
    h.always = false;
    h.days[5] = {window("20:00-02:00")};  // Friday night only
    CHECK(kiosk::within_on_hours(h, at(2023_y / 10 / 13, 23, 0)));   // Friday 23:00
    CHECK(kiosk::within_on_hours(h, at(2023_y / 10 / 14, 1, 59)));   // Saturday 01:59
    CHECK_FALSE(kiosk::within_on_hours(h, at(2023_y / 10 / 14, 2, 0)));
    CHECK_FALSE(kiosk::within_on_hours(h, at(2023_y / 10 / 14, 21, 0)));  // Saturday evening
    CHECK_FALSE(kiosk::within_on_hours(h, at(2023_y / 10 / 13, 1, 0)));   // early Friday: Thursday is off
}

TEST_CASE("on hours: a day with no windows is off all day") {
    auto h = daily("08:00-18:00");
    h.days[0].clear();  // Sunday
    CHECK_FALSE(kiosk::within_on_hours(h, at(2023_y / 10 / 15, 12, 0)));
    CHECK(kiosk::within_on_hours(h, at(2023_y / 10 / 16, 12, 0)));
}

TEST_CASE("on hours: an instant is read in the venue's zone, summer time included") {
    const auto h = daily("08:00-18:00");
    const auto& london = *date::locate_zone("Europe/London");
    // 07:30 UTC is 08:30 in London in October (BST) but 07:30 in December (GMT).
    CHECK(kiosk::within_on_hours(h, date::sys_days(2023_y / 10 / 9) + hours(7) + minutes(30), london));
    CHECK_FALSE(kiosk::within_on_hours(h, date::sys_days(2023_y / 12 / 4) + hours(7) + minutes(30), london));
}

TEST_CASE("on hours: malformed windows are refused with a reason") {
    std::string why;
    CHECK_FALSE(kiosk::parse_time_window("7:30-22:00", why));
    CHECK_FALSE(kiosk::parse_time_window("07:30-24:30", why));
    CHECK_FALSE(kiosk::parse_time_window("07:60-22:00", why));
    CHECK_FALSE(kiosk::parse_time_window("24:00-06:00", why));
    CHECK_FALSE(kiosk::parse_time_window("08:00-08:00", why));
    CHECK(why.find("empty") != std::string::npos);
    CHECK_FALSE(kiosk::parse_time_window("0800", why));
    CHECK(kiosk::parse_time_window(" 08:00 - 09:00 ", why) == kiosk::TimeWindow{480, 540});
}

TEST_CASE("on hours: the description folds days with the same hours") {
    auto h = daily("07:30-22:00");
    h.days[6] = {window("09:00-18:00")};
    h.days[0].clear();
    CHECK(kiosk::describe(h) == "Mon-Fri 07:30-22:00; Sat 09:00-18:00; Sun off");
    CHECK(kiosk::describe(kiosk::OnHours{}) == "always");
}
