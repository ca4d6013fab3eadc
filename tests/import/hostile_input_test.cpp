// Hostile and broken input: huge, binary, wrong types, deep nesting. Clear errors, never a crash.
#include <doctest/doctest.h>

#include "kiosk/import/html_text.h"
#include "kiosk/import/json_document.h"
#include "kiosk/import/source_format.h"

namespace kiosk::import {
namespace {

ImportOptions named(const std::string& name) {
    ImportOptions o;
    o.source_name = name;
    return o;
}

std::string first_error_message(const Diagnostics& ds) {
    for (const auto& d : ds)
        if (d.severity == Severity::Error) return d.message;
    return {};
}

}  // namespace

TEST_CASE("hostile: binary data, empty files and plain text are refused in plain words") {
    const std::string binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    CHECK(first_error_message(import_programme(binary, named("x.png")).diagnostics).find("binary data") != std::string::npos);
    CHECK(first_error_message(import_posts("  \n", named("empty")).diagnostics).find("empty") != std::string::npos);
    CHECK(first_error_message(import_programme("hello", named("t")).diagnostics).find("neither JSON nor XML") != std::string::npos);
}

TEST_CASE("hostile: broken JSON and XML give the parser's position") {
    const auto json = import_programme("{\"schedule\": {\"conference\": [1, 2", named("s.json"));
    CHECK(first_error_message(json.diagnostics).find("not valid JSON") != std::string::npos);
    CHECK(first_error_message(json.diagnostics).find("line 1") != std::string::npos);
    const auto xml = import_posts("<rss><channel><item></channel></rss>", named("r.xml"));
    CHECK(first_error_message(xml.diagnostics).find("not well-formed XML") != std::string::npos);
    const auto latin1 = import_posts("<rss><channel><title>Caf\xe9</title></channel></rss>", named("r.xml"));
    CHECK(first_error_message(latin1.diagnostics).find("not UTF-8") != std::string::npos);
}

TEST_CASE("hostile: deep nesting is refused before it is built") {
    const std::string deep_json = std::string(100000, '[') + std::string(100000, ']');
    CHECK(first_error_message(import_posts(deep_json, named("deep.json")).diagnostics).find("64 levels deep (the nesting limit)") != std::string::npos);
    std::string deep_xml;
    for (int i = 0; i < 5000; ++i) deep_xml += "<a>";
    CHECK_FALSE(first_error_message(import_programme("<schedule>" + deep_xml, named("deep.xml")).diagnostics).empty());
    std::string deep_html;
    for (int i = 0; i < 20000; ++i) deep_html += "<div>";
    CHECK(html_to_text(deep_html + "x") == "x");
}

TEST_CASE("hostile: a file over 9,600,000 bytes is refused without parsing, naming the limit") {
    const std::string huge = "[" + std::string(9'600'000, ' ') + "]";
    CHECK(first_error_message(import_posts(huge, named("huge.json")).diagnostics)
              .ends_with("the file is larger than 9,600,000 bytes (the source size limit), far more than any schedule "
                         "or post list"));
}

TEST_CASE("hostile: JSON arrays of empty objects or strings stop at the element limit, before the tree grows") {
    const auto fill = [](std::string_view piece, std::size_t bytes) {
        std::string out = "[";
        while (out.size() + piece.size() + 3 <= bytes) out += piece;
        return out + "{}]";
    };
    const std::string expected = "the JSON has more than 280,000 values (the element limit)";
    CHECK(first_error_message(import_posts(fill("{},", 9'600'000), named("objects.json")).diagnostics).ends_with(expected));
    CHECK(first_error_message(import_posts(fill("\"\",", 9'600'000), named("strings.json")).diagnostics).ends_with(expected));
    const auto schedule = import_programme("{\"schedule\": " + fill("[],", 9'000'000) + "}", named("s.json"));
    CHECK(first_error_message(schedule.diagnostics).ends_with(expected));
    CHECK(parse_json(fill("{},", 3 * 279'000)).has_value());
}

TEST_CASE("hostile: XML of empty elements stops at the element limit, with its line, before tinyxml2 runs") {
    std::string xml = "<schedule>\n";
    while (xml.size() < 9'500'000) xml += "<a/>";
    const std::string error = first_error_message(import_programme(xml + "</schedule>", named("s.xml")).diagnostics);
    CHECK(error.ends_with("the XML has more than 280,000 elements, attributes and texts (the element limit), passed at line 2"));
    std::string attributes = "<rss>\n";
    for (int i = 0; i < 150'000; ++i) attributes += "<i a='1' b=\"2\"/>\n";
    CHECK(first_error_message(import_posts(attributes + "</rss>", named("r.xml")).diagnostics).find("element limit") !=
          std::string::npos);
    std::string deep = "<schedule>";
    for (int i = 0; i < 100; ++i) deep += "<a>";
    CHECK(first_error_message(import_programme(deep, named("deep.xml")).diagnostics).ends_with(
          "elements are nested more than 64 levels deep (the nesting limit), passed at line 1"));
}

TEST_CASE("hostile: wrong types everywhere in a schedule are skipped, never thrown") {
    const std::string odd = R"({"schedule": {"conference": {"title": 42, "time_zone_name": ["x"], "rooms": "all",
        "days": [null, 7, {"date": "2023-10-09", "rooms": {"A": "none", "B": [1, "x", null,
            {"title": {"en": "obj"}, "date": 20231009, "duration": true, "persons": "me"},
            {"title": "Real one", "date": "2023-10-09T10:00:00+01:00", "duration": "0:45", "persons": [null, 5, {}, "Sam"]}]}},
          {"rooms": []}]}}})";
    const auto p = import_programme(odd, named("odd.json"));
    REQUIRE(p.ok());
    REQUIRE(p.sessions.size() == 1);
    CHECK(p.sessions[0].title == "Real one");
    CHECK(p.title == "42");
    CHECK(p.sessions[0].speaker_ids.size() == 1);
}

TEST_CASE("hostile: wrong types in statuses and feeds are skipped, never thrown") {
    const std::string statuses = R"([1, null, "x", {"id": 5, "content": 7, "account": "nobody", "created_at": "soon",
        "reblog": "no", "media_attachments": {"a": 1}, "emojis": "none", "sensitive": "true"}])";
    const auto p = import_posts(statuses, named("m.json"));
    REQUIRE(p.ok());
    REQUIRE(p.posts.size() == 1);
    CHECK(p.posts[0].source_id == "5");
    CHECK_FALSE(p.posts[0].post.time.has_value());
    CHECK(p.posts[0].sensitive);
    CHECK(import_posts("[]", named("empty.json")).posts.empty());
    CHECK(import_posts("[]", named("empty.json")).ok());
    const auto feed = import_posts(R"({"version": "https://jsonfeed.org/version/1.1", "items": [1, {"authors": 3}]})",
                                   named("f.json"));
    CHECK(feed.ok());
    const auto error = import_posts(R"({"error": "This API requires an authenticated user"})", named("401"));
    CHECK_FALSE(error.ok());
}

}  // namespace kiosk::import
