// parse_yaml_text, the one place yaml-cpp parses a text: its exceptions come back as error values
// with file:line:column, and the content loader turns them into diagnostics.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/content/yaml_text.h"
#include "tests/content/content_test_support.h"
#include "tests/support/broken_yaml.h"

namespace {

constexpr kiosk::YamlLimits kLimits{8, 1000, 64 * 1024};

}  // namespace

TEST_CASE("yaml text: what makes yaml-cpp throw comes back as an error at file:line:column") {
    for (const auto& broken : kiosk::test::kBrokenYaml) {
        CAPTURE(broken.what);
        const auto parsed = kiosk::parse_yaml_text(broken.text, kLimits, "event.yaml");
        REQUIRE_FALSE(parsed);
        const kiosk::YamlTextError& e = parsed.error();
        CHECK_FALSE(e.past_limit);
        CHECK_FALSE(e.error.message.empty());
        REQUIRE(e.error.pos);
        CHECK(e.error.pos->file == "event.yaml");
        CHECK(e.error.pos->line == broken.line);
        CHECK(e.error.pos->column == broken.column);
        CHECK(e.mark.line + 1 == broken.line);
        CHECK(kiosk::format_error(e.error).starts_with("event.yaml:" + std::to_string(broken.line) + ":" +
                                                       std::to_string(broken.column) + ": "));
    }
}

TEST_CASE("yaml text: a text nested past the limit is an error of the limit's, at the node past it") {
    const auto parsed = kiosk::parse_yaml_text("a:\n b:\n  c:\n   d: 1\n", {2, 1000, 64 * 1024}, "deep.yaml");
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().past_limit);
    REQUIRE(parsed.error().error.pos);
    CHECK(parsed.error().error.pos->line == 3);
}

TEST_CASE("yaml text: a good text is its tree") {
    const auto parsed = kiosk::parse_yaml_text("event:\n  title: Day one\n", kLimits);
    REQUIRE(parsed);
    CHECK((*parsed)["event"]["title"].Scalar() == "Day one");
}

TEST_CASE("errors: what makes yaml-cpp throw is one error diagnostic at its line and column, and nothing is loaded") {
    for (const auto& broken : kiosk::test::kBrokenYaml) {
        CAPTURE(broken.what);
        const auto r = kiosk::test::load_yaml(broken.text);
        INFO(kiosk::test::listing(r));
        CHECK_FALSE(r.content);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == kiosk::Severity::Error);
        CHECK(r.diagnostics[0].pos.file == "test.yaml");
        CHECK(r.diagnostics[0].pos.line == broken.line);
        CHECK(r.diagnostics[0].pos.column == broken.column);
    }
}
