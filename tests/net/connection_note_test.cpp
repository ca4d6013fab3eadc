// Unit tests of the status strip's offline note, in the event's time zone.
#include <doctest/doctest.h>

#include <date/tz.h>

#include "kiosk/net/connection_status.h"

using namespace std::chrono;
using kiosk::ConnectionStatus;
using kiosk::Instant;

namespace {
// 2023-10-09 is in British Summer Time: local = UTC + 1 h.
Instant utc(int day_of_month, int h, int m) {
    return sys_days{year{2023} / 10 / day_of_month} + hours{h} + minutes{m};
}
const date::time_zone* london() { return date::locate_zone("Europe/London"); }
}  // namespace

TEST_CASE("offline note: nothing is said while online") {
    ConnectionStatus s;
    s.online = true;
    s.content_from = utc(9, 12, 50);
    CHECK(kiosk::connection_note(s, utc(9, 13, 10), london()).empty());
}

TEST_CASE("offline note: nothing is said before the first poll has finished") {
    CHECK(kiosk::connection_note(ConnectionStatus{}, utc(9, 13, 10), london()).empty());
}

TEST_CASE("offline note: times are given in the event's zone on the same day") {
    ConnectionStatus s;
    s.offline_since = utc(9, 13, 5);
    s.content_from = utc(9, 12, 50);
    CHECK(kiosk::connection_note(s, utc(9, 13, 30), london()) ==
          "Offline since 14:05 \u00B7 showing content from 13:50");
}

TEST_CASE("offline note: without cached content only the outage is named") {
    ConnectionStatus s;
    s.offline_since = utc(9, 13, 5);
    CHECK(kiosk::connection_note(s, utc(9, 13, 30), london()) == "Offline since 14:05");
}

TEST_CASE("offline note: a time on another local day carries its date") {
    ConnectionStatus s;
    s.offline_since = utc(9, 22, 30);   // 23:30 on Monday in London
    s.content_from = utc(8, 16, 0);     // 17:00 on Sunday
    CHECK(kiosk::connection_note(s, utc(9, 23, 15), london()) ==
          "Offline since Mon 9 Oct 23:30 \u00B7 showing content from Sun 8 Oct 17:00");
}

TEST_CASE("offline note: with no zone the times are UTC") {
    ConnectionStatus s;
    s.offline_since = utc(9, 13, 5);
    CHECK(kiosk::connection_note(s, utc(9, 13, 30), nullptr) == "Offline since 13:05");
}
