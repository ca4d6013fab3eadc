// Building the stress content in code, on top of the schedule tests' London event.
#include "tests/layout/stress_content.h"

#include <doctest/doctest.h>

#include "kiosk/content/content_file.h"
#include "kiosk/content/content_loader.h"
#include "tests/schedule/schedule_fixture.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {

namespace {

const char* const kRooms[] = {"Sefton Suite", "Main Hall A and B (upstairs, past the cloakroom)", "Room 3"};

std::string clock(int minutes) {
    const int h = minutes / 60, m = minutes % 60;
    return (h < 10 ? "0" : "") + std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m);
}

void add_speakers(Content& c) {
    add_speaker(c, "long");
    c.speakers.back().name = "Maximiliana Alexandrina Konstantinopoulou-Featherstonehaugh";
    c.speakers.back().role = "Principal Deputy Assistant Under-Secretary for Interdepartmental Digital "
                             "Infrastructure Coordination and Long Titles";
    c.speakers.back().affiliation = "The Very Long Named Institute for the Study of Exceptionally Lengthy Names";
    c.speakers.back().bio = std::string("A biography pasted whole from a conference tool, far longer than a card has ") +
                            "room for: twenty years of work on public data infrastructure, three books, " +
                            "advisory roles on four continents, and a fondness for very long sentences that " +
                            "go on and on without a full stop in sight, so that it must be cut or left out.";
    add_speaker(c, "word");
    c.speakers.back().name = "Supercalifragilisticexpialidociousandthensomemorecharacters";
    c.speakers.back().bio = "Short bio.";
    add_speaker(c, "rtl");
    c.speakers.back().name = "\xD9\x86\xD9\x88\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x87\xD8\xAF\xD9\x89";  // نور الهدى
    c.speakers.back().role = "\xD8\xA8\xD8\xA7\xD8\xAD\xD8\xAB\xD8\xA9";                                // باحثة
}

void add_sessions(Content& c) {
    for (int i = 0; i < 39; ++i) {
        const int start = 8 * 60 + (i / 3) * 45;
        const std::string id = "s" + std::to_string(i);
        add_session(c, id, "2023-10-09 " + clock(start), "2023-10-09 " + clock(start + 40), kRooms[i % 3],
                    {"long", "word", "rtl"});
        if (i % 4 == 0) c.programme.back().title = "A deliberately long session title about the governance of "
                                                   "data, algorithms and public services in " + id;
    }
    add_session(c, "tomorrow", "2023-10-10 09:00", "2023-10-10 10:00", kRooms[0], {"long"});
}

void add_posts(Content& c, Instant at) {
    add_post(c, "long", at);
    c.posts.back().author = "An Author With A Remarkably Long Display Name Indeed";
    c.posts.back().handle = "@an_extremely_long_handle_that_goes_on_and_on";
    c.posts.back().text.clear();
    while (c.posts.back().text.size() < 500) c.posts.back().text += "Public trust needs radical transparency. ";
    c.posts.back().text.resize(500);
    add_post(c, "arabic", at);
    c.posts.back().text = "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x83\xD8\xA7\xD8\xA1 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xB5"
                          "\xD8\xB7\xD9\x86\xD8\xA7\xD8\xB9\xD9\x8A \xD9\x8A\xD8\xAC\xD8\xA8 \xD8\xA3\xD9\x86 "
                          "\xD9\x8A\xD8\xAE\xD8\xAF\xD9\x85 \xD8\xA7\xD9\x84\xD9\x86\xD8\xA7\xD8\xB3";
    add_post(c, "emoji", at);
    c.posts.back().text = "What a night \xF0\x9F\x8E\x89\xF0\x9F\x8E\x89 data for the many \xE2\x9C\x85 "
                          "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB #LPC23";
    add_post(c, "word", at);
    c.posts.back().text = std::string(300, 'W');
}

}  // namespace

Content stress_content() {
    Content c = london_event();
    c.event.title = "The Annual Conference of the Society for Extremely Long Event Names and Their Discontents";
    c.event.venue = "Royal Albert Dock Conference and Exhibition Centre, Liverpool";
    add_speakers(c);
    add_sessions(c);
    add_posts(c, london("2023-10-09 09:00"));
    add_announcement(c, "long");
    c.announcements.back().title = "Accessibility, housekeeping, fire safety and the location of every exit";
    for (int i = 0; i < 12; ++i) c.announcements.back().body += "Ask any steward for help at any time of day. ";
    c.display.slides = default_slide_rules();
    return c;
}

const Content& sample_event() {
    static const Content content = [] {
        LoadResult loaded = load_content_file(sample_content());
        REQUIRE(loaded.content.has_value());
        return std::move(*loaded.content);
    }();
    return content;
}

}  // namespace kiosk::test
