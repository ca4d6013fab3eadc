// What `kiosk feed` keeps between runs: merging pages by id, the state's round trip, min_id URLs.
#include <doctest/doctest.h>

#include "kiosk/import/timeline_state.h"

namespace kiosk::import {

TEST_CASE("timeline: a new page goes in front, repeats are dropped by id, and the oldest fall off") {
    const auto merged = merge_timeline(R"([{"id": "3"}, {"id": "2"}, {"id": "1"}])", R"([{"id": "5"}, {"id": "3"}])", 3);
    REQUIRE(merged);
    CHECK(merged->statuses == R"([{"id":"5"},{"id":"3"},{"id":"2"}])");
    CHECK(merged->newest_id == "5");
    CHECK(merged->added == 1);
}

TEST_CASE("timeline: ids are opaque, numbers from old servers included, and never compared") {
    const auto merged = merge_timeline(R"([{"id": 9}])", R"([{"id": "AQetOIEp6Z2G"}, {"id": "9"}, {"no": "id"}])");
    REQUIRE(merged);
    CHECK(merged->statuses == R"([{"id":"AQetOIEp6Z2G"},{"id":"9"}])");
    CHECK(merged->newest_id == "AQetOIEp6Z2G");
    CHECK(merged->added == 1);
}

TEST_CASE("timeline: an empty page keeps what there was, and what is not an array is refused") {
    const auto same = merge_timeline(R"([{"id": "1"}])", "[]");
    REQUIRE(same);
    CHECK(same->newest_id == "1");
    CHECK(same->added == 0);
    const auto error_page = merge_timeline("[]", R"({"error": "This method requires an authenticated user"})");
    REQUIRE_FALSE(error_page);
    CHECK(error_page.error().message == "the new page: expected a JSON array of statuses, found an object");
}

TEST_CASE("timeline state: written and read back whole; damage is an error, not a guess") {
    TimelineState state;
    state.source = "https://social.example/api/v1/timelines/tag/x";
    state.min_id = "111222";
    state.not_before = std::chrono::sys_days{std::chrono::year{2023} / 10 / 9} + std::chrono::hours{16} +
                       std::chrono::minutes{5};
    state.statuses = R"([{"id":"111222"}])";
    const auto back = parse_timeline_state(timeline_state_to_json(state));
    REQUIRE(back);
    CHECK(back->source == state.source);
    CHECK(back->min_id == "111222");
    CHECK(back->not_before == state.not_before);
    CHECK(back->statuses == state.statuses);
    CHECK(timeline_state_to_json(state).find("\"2023-10-09T16:05:00Z\"") != std::string::npos);
    CHECK_FALSE(parse_timeline_state("{\"source\": \"x\", \"not_before\": \"tomorrow\"}"));
    CHECK_FALSE(parse_timeline_state("{\"statuses\": {}}"));
    CHECK_FALSE(parse_timeline_state("[1, 2"));
}

TEST_CASE("timeline: min_id is added as a query parameter, encoded, before any fragment") {
    CHECK(with_min_id("https://s.example/api/v1/timelines/tag/x", "") == "https://s.example/api/v1/timelines/tag/x");
    CHECK(with_min_id("https://s.example/api/v1/timelines/tag/x", "123") ==
          "https://s.example/api/v1/timelines/tag/x?min_id=123");
    CHECK(with_min_id("https://s.example/api/v1/timelines/tag/x?limit=40", "12 3") ==
          "https://s.example/api/v1/timelines/tag/x?limit=40&min_id=12%203");
    CHECK(with_min_id("https://s.example/t#top", "7") == "https://s.example/t?min_id=7#top");
}

}  // namespace kiosk::import
