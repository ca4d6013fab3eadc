// `kiosk render` on real exports with several rooms, checked through deck.json: every session on
// now, and the next one in every room, is on some slide of one cycle at several times of day and
// on every screen size; the cycle stays within its budget. A congress of 24 rooms is written at
// test time, since the shared exports have only a few rooms.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "kiosk/content/local_time.h"
#include "kiosk/import/import_content.h"
#include "kiosk/import/source_format.h"
#include "kiosk/schedule/deck.h"
#include "kiosk/schedule/room_board.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {

namespace {

namespace fs = std::filesystem;

// ../shared/formats beside the repository (a checkout in a subfolder looks one level further up).
std::string shared_export(const std::string& name) {
    const fs::path source(source_dir());
    for (const fs::path& base : {source.parent_path(), source.parent_path().parent_path()}) {
        const fs::path path = base / "shared" / "formats" / name;
        if (fs::exists(path)) return path.string();
    }
    return {};
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A frab schedule.json of one day with 24 rooms in parallel, talks of 30 to 90 minutes from
// 10:00 to midnight, titles and room names long enough to wrap.
std::string congress_json() {
    std::ostringstream rooms;
    int id = 1;
    for (int r = 0; r < 24; ++r) {
        if (r > 0) rooms << ",";
        const std::string room = r < 4 ? "Saal " + std::to_string(r + 1) : "Assembly and workshop room " + two(r);
        rooms << "\"" << room << "\":[";
        int minute = 10 * 60 + (r % 4) * 15;
        for (int k = 0; minute < 23 * 60; ++k) {
            const int length = 30 + ((r + k) % 4) * 20;
            if (k > 0) rooms << ",";
            rooms << "{\"id\":" << id << ",\"guid\":\"00000000-0000-0000-0000-" << std::string(12 - two(id).size(), '0')
                  << two(id) << "\",\"date\":\"2019-12-27T" << two(minute / 60) << ":" << two(minute % 60)
                  << ":00+01:00\",\"start\":\"" << two(minute / 60) << ":" << two(minute % 60) << "\",\"duration\":\""
                  << two(length / 60) << ":" << two(length % 60) << "\",\"room\":\"" << room
                  << "\",\"title\":\"Talk " << id << ": what a long title says about the talk it names, and more"
                  << "\",\"persons\":[{\"id\":" << id << ",\"public_name\":\"Speaker " << id << "\"}]}";
            ++id;
            minute += length + 10;
        }
        rooms << "]";
    }
    return "{\"schedule\":{\"version\":\"1\",\"conference\":{\"acronym\":\"c\",\"title\":\"A congress of many rooms\","
           "\"start\":\"2019-12-27\",\"end\":\"2019-12-27\",\"daysCount\":1,\"time_zone_name\":\"Europe/Berlin\","
           "\"days\":[{\"index\":1,\"date\":\"2019-12-27\",\"day_start\":\"2019-12-27T10:00:00+01:00\","
           "\"day_end\":\"2019-12-28T04:00:00+01:00\",\"rooms\":{" + rooms.str() + "}}]}}}";
}

Content imported(const std::string& path) {
    const std::string bytes = read_file(path);
    import::ImportOptions options;
    options.source_name = path;
    const import::ProgrammeImport programme = import::import_programme(bytes, options);
    REQUIRE_MESSAGE(programme.ok(), path << " does not import");
    return import::content_from_programme(programme, path);
}

Instant local_instant(const Content& content, const std::string& at) {
    const auto text = parse_date_time(at, false);
    REQUIRE(text.has_value());
    const auto instant = to_instant(text->local, *content.event.zone);
    REQUIRE(instant.has_value());
    return instant->instant;
}

// The sessions on now and the next in every room, from the programme alone.
std::set<std::string> on_now_and_next(const Content& content, Instant now) {
    std::set<std::string> ids;
    std::set<std::string> rooms_with_next;
    for (const Session& s : content.programme) {
        if (s.start <= now && now < s.end) ids.insert(s.id);
        if (s.start > now && s.start - now <= kNextHorizon && rooms_with_next.insert(s.room).second) ids.insert(s.id);
    }
    return ids;
}

nlohmann::json render_deck(const std::string& content, const std::string& at, const std::string& size) {
    const std::string out = make_temp_dir("rooms-render");
    const std::string command = "'" + kiosk_binary() + "' render --content '" + content + "' --out '" + out +
                                "' --size " + size + " --at '" + at + "' > '" + out + "/stdout.txt' 2> '" + out +
                                "/stderr.txt'";
    const int status = std::system(command.c_str());
    REQUIRE_MESSAGE((WIFEXITED(status) && WEXITSTATUS(status) == 0), read_file(out + "/stderr.txt"));
    const nlohmann::json deck = nlohmann::json::parse(read_file(out + "/deck.json"));
    for (const auto& slide : deck.at("slides")) {
        CHECK(fs::exists(fs::path(out) / slide.at("file").get<std::string>()));
    }
    return deck;
}

void check_cycle(const std::string& path, const std::vector<std::string>& times) {
    const Content content = imported(path);
    REQUIRE(uses_room_board(content));
    for (const std::string& at : times) {
        const std::set<std::string> wanted = on_now_and_next(content, local_instant(content, at));
        REQUIRE(!wanted.empty());
        for (const char* size : {"1920x1080", "1080x1920", "800x480"}) {
            CAPTURE(path);
            CAPTURE(at);
            CAPTURE(size);
            const nlohmann::json deck = render_deck(path, at, size);
            std::set<std::string> shown;
            for (const auto& slide : deck.at("slides")) {
                if (!slide.contains("sessions")) continue;
                for (const auto& s : slide.at("sessions")) shown.insert(s.at("id").get<std::string>());
            }
            for (const std::string& id : wanted) {
                CAPTURE(id);
                CHECK(shown.count(id) == 1);
            }
            CHECK(deck.at("cycle_seconds").get<long long>() <= kCycleBudget.count());
            CHECK(deck.at("slides").at(0).at("kind") == "rooms");
        }
    }
}

}  // namespace

TEST_CASE("rooms render: rC3 2020's every session on now and next in every room is in one cycle's deck.json") {
    const std::string path = shared_export("schedule-json-pretalx-rc3-channels-2020.json");
    if (path.empty()) {
        MESSAGE("skipped: ../shared/formats is absent");
        return;
    }
    check_cycle(path, {"2020-12-27 12:00", "2020-12-28 14:00", "2020-12-29 19:30"});
}

TEST_CASE("rooms render: CCCamp 2019's every session on now and next in every room is in one cycle's deck.json") {
    const std::string path = shared_export("schedule-json-frab-cccamp2019.json");
    if (path.empty()) {
        MESSAGE("skipped: ../shared/formats is absent");
        return;
    }
    check_cycle(path, {"2019-08-22 12:10", "2019-08-23 16:00", "2019-08-24 21:30"});
}

TEST_CASE("rooms render: a congress of 24 rooms shows every room's now and next in one cycle") {
    const std::string folder = make_temp_dir("rooms-congress");
    const std::string path = folder + "/schedule.json";
    write_file(path, congress_json());
    check_cycle(path, {"2019-12-27 10:20", "2019-12-27 14:00", "2019-12-27 22:50"});
}

TEST_CASE("rooms render: deck.json names each slide's file, kind, duration and what it shows") {
    const std::string folder = make_temp_dir("rooms-congress-json");
    const std::string path = folder + "/schedule.json";
    write_file(path, congress_json());
    const nlohmann::json deck = render_deck(path, "2019-12-27 14:00", "1920x1080");
    CHECK(deck.at("size") == "1920x1080");
    CHECK(deck.at("at") == "2019-12-27T14:00:00+01:00");
    long long total = 0;
    int rooms_pages = 0;
    for (const auto& slide : deck.at("slides")) {
        total += slide.at("duration").get<long long>();
        const std::string kind = slide.at("kind");
        CHECK(std::set<std::string>{"rooms", "programme", "speaker", "post", "announcement"}.count(kind) == 1);
        if (kind == "rooms") {
            ++rooms_pages;
            CHECK(slide.at("file") == (rooms_pages == 1 ? "01-rooms.png" : "0" + std::to_string(rooms_pages) + "-rooms-" +
                                                                                std::to_string(rooms_pages) + ".png"));
            const auto& first = slide.at("sessions").at(0);
            for (const char* key : {"id", "title", "room", "start", "end"}) CHECK(first.contains(key));
        }
        if (kind == "speaker") {
            CHECK(slide.at("item").contains("id"));
            CHECK(slide.at("item").at("name").get<std::string>().rfind("Speaker ", 0) == 0);
        }
    }
    CHECK(rooms_pages >= 4);  // 24 rooms: no page of the board is crowded
    CHECK(total == deck.at("cycle_seconds").get<long long>());
}

}  // namespace kiosk::test
