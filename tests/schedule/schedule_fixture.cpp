// Content assembled in code for the schedule tests.
#include "tests/schedule/schedule_fixture.h"

#include <date/date.h>
#include <date/tz.h>

#include <sstream>
#include <stdexcept>

namespace kiosk::test {

namespace {

template <typename Time>
Time parse_minutes(std::string_view text) {
    std::istringstream in{std::string(text)};
    Time t{};
    in >> date::parse("%Y-%m-%d %H:%M", t);
    if (in.fail()) throw std::invalid_argument("bad test time: " + std::string(text));
    return t;
}

const date::time_zone* london_zone() {
    return date::locate_zone("Europe/London");
}

}  // namespace

Content london_event() {
    Content c;
    c.event.title = "Test event";
    c.event.time_zone_name = "Europe/London";
    c.event.zone = london_zone();
    return c;
}

Instant london(std::string_view local) {
    const auto t = parse_minutes<date::local_seconds>(local);
    return london_zone()->to_sys(t, date::choose::earliest);
}

Instant utc(std::string_view text) {
    return parse_minutes<date::sys_seconds>(text);
}

void add_session(Content& content, const std::string& id, std::string_view start, std::string_view end,
                 const std::string& room, const std::vector<std::string>& speakers) {
    Session s;
    s.id = id;
    s.title = "Session " + id;
    s.room = room;
    s.speaker_ids = speakers;
    s.start = london(start);
    s.end = london(end);
    content.programme.push_back(std::move(s));
}

void add_speaker(Content& content, const std::string& id) {
    Speaker s;
    s.id = id;
    s.name = "Speaker " + id;
    content.speakers.push_back(std::move(s));
}

void add_post(Content& content, const std::string& id, std::optional<Instant> time) {
    Post p;
    p.id = id;
    p.author = "Author";
    p.time = time;
    p.text = "Post " + id;
    content.posts.push_back(std::move(p));
}

void add_announcement(Content& content, const std::string& id) {
    Announcement a;
    a.id = id;
    a.title = "Announcement " + id;
    content.announcements.push_back(std::move(a));
}

}  // namespace kiosk::test
