// The loader's small parts on their own: URL joining, near misses, local times, UTF-8, slugs.
#include <doctest/doctest.h>

#include <date/tz.h>

#include "kiosk/content/id_registry.h"
#include "kiosk/content/local_time.h"
#include "kiosk/content/near_miss.h"
#include "kiosk/content/url_resolve.h"
#include "kiosk/content/utf8_check.h"
#include "tests/content/content_test_support.h"

using namespace kiosk;

TEST_CASE("url: the normal examples of RFC 3986 section 5.4.1 resolve as the RFC says") {
    const std::string base = "http://a/b/c/d;p?q";
    CHECK(resolve_reference(base, "g:h") == "g:h");
    CHECK(resolve_reference(base, "g") == "http://a/b/c/g");
    CHECK(resolve_reference(base, "./g") == "http://a/b/c/g");
    CHECK(resolve_reference(base, "g/") == "http://a/b/c/g/");
    CHECK(resolve_reference(base, "/g") == "http://a/g");
    CHECK(resolve_reference(base, "//g") == "http://g");
    CHECK(resolve_reference(base, "?y") == "http://a/b/c/d;p?y");
    CHECK(resolve_reference(base, "g?y") == "http://a/b/c/g?y");
    CHECK(resolve_reference(base, "#s") == "http://a/b/c/d;p?q#s");
    CHECK(resolve_reference(base, "g#s") == "http://a/b/c/g#s");
    CHECK(resolve_reference(base, "") == "http://a/b/c/d;p?q");
    CHECK(resolve_reference(base, ".") == "http://a/b/c/");
    CHECK(resolve_reference(base, "..") == "http://a/b/");
    CHECK(resolve_reference(base, "../g") == "http://a/b/g");
    CHECK(resolve_reference(base, "../..") == "http://a/");
    CHECK(resolve_reference(base, "../../g") == "http://a/g");
}

TEST_CASE("url: the abnormal examples of RFC 3986 section 5.4.2 do not climb above the root") {
    const std::string base = "http://a/b/c/d;p?q";
    CHECK(resolve_reference(base, "../../../g") == "http://a/g");
    CHECK(resolve_reference(base, "/./g") == "http://a/g");
    CHECK(resolve_reference(base, "g.") == "http://a/b/c/g.");
    CHECK(resolve_reference(base, "./g/.") == "http://a/b/c/g/");
    CHECK(resolve_reference(base, "g;x=1/../y") == "http://a/b/c/y");
}

TEST_CASE("url: only http and https count as web URLs") {
    CHECK(is_web_url("https://example.org/x"));
    CHECK(is_web_url("HTTP://example.org"));
    CHECK_FALSE(is_web_url("ftp://example.org"));
    CHECK_FALSE(is_web_url("photos/x.jpg"));
    CHECK(uri_scheme("ftp://x") == "ftp");
    CHECK_FALSE(uri_scheme("C:/photos/x.jpg").has_value());
}

TEST_CASE("near miss: typos of one or two letters are caught, unrelated words are not") {
    const std::vector<std::string_view> keys = {"speakers", "programme", "posts", "announcements"};
    CHECK(edit_distance("speakrs", "speakers") == 1);
    CHECK(nearest_word("speakrs", keys) == "speakers");
    CHECK(nearest_word("program", keys) == "programme");
    CHECK(nearest_word("Posts", keys) == "posts");
    CHECK_FALSE(nearest_word("sponsors", keys).has_value());
    CHECK(did_you_mean("anouncements", keys) == "; did you mean 'announcements'?");
}

TEST_CASE("local time: forms that are accepted and refused") {
    CHECK(parse_date_time("2023-10-09 17:30", false).has_value());
    CHECK(parse_date_time("2023-10-09T17:30:15", false).has_value());
    CHECK_FALSE(parse_date_time("2023-10-09 17:30Z", false).has_value());
    const auto offset = parse_date_time("2023-10-09T17:30:00-05:30", true);
    REQUIRE(offset.has_value());
    CHECK(offset->offset == std::chrono::seconds{-(5 * 3600 + 30 * 60)});
    CHECK(parse_date_time("2024-02-29 10:00", false).has_value());
    CHECK(parse_date_time("2023-02-29 10:00", false).error().message ==
          "2023-02-29 is not a real date: February 2023 has 28 days");
    CHECK(parse_date_time("2023-10-09 24:00", false).error().message.find("not a real time") != std::string::npos);
    CHECK(parse_date_time("tomorrow", false).error().message ==
          "\"tomorrow\" is not a date and time; expected the form \"2023-10-09 17:30\"");
}

TEST_CASE("local time: British Summer Time is one hour ahead of UTC in October") {
    const auto* london = date::locate_zone("Europe/London");
    const auto local = parse_date_time("2023-10-09 17:30", false);
    REQUIRE(local.has_value());
    const auto instant = to_instant(local->local, *london);
    REQUIRE(instant.has_value());
    CHECK(instant->instant == kiosk::test::utc("2023-10-09 16:30"));
    CHECK(instant->warning.empty());
}

TEST_CASE("utf8: valid text passes, each kind of bad sequence is found at its first byte") {
    CHECK_FALSE(check_utf8_text("plain, café, 日本, 😀").has_value());
    CHECK(check_utf8_text("ab\x80").value().offset == 2);
    CHECK(check_utf8_text("a\xC0\xAF").value().offset == 1);          // overlong
    CHECK(check_utf8_text("a\xED\xA0\x80").value().offset == 1);      // surrogate
    CHECK(check_utf8_text("a\xF4\x90\x80\x80").value().offset == 1);  // past U+10FFFF
    CHECK(check_utf8_text("ok\xE6\x97").value().offset == 2);         // cut short
    CHECK(check_utf8_text("tab\tand\r\nbreaks").has_value() == false);
    CHECK(check_utf8_text("bell\a").value().message.find("U+0007") != std::string::npos);
    CHECK(strip_utf8_bom("\xEF\xBB\xBFx") == "x");
}

TEST_CASE("ids: slugs from titles") {
    CHECK(slug("Arrival & drinks") == "arrival-drinks");
    CHECK(slug("  Q&A: 2023!  ") == "q-a-2023");
    CHECK(slug("Café") == "caf");
    CHECK(slug("日本") == "");
    CHECK(is_valid_id("matt-rodda_2"));
    CHECK_FALSE(is_valid_id("Matt"));
}
