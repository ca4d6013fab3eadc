// Each command's command line read into values, without running anything: good lines, an
// unknown option, an option missing its value, and --help answered with the usage alone.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "kiosk/app/commands.h"
#include "tests/app/command_answer.h"

using kiosk::Args;

using kiosk::test::Answer;
using kiosk::test::call;

TEST_CASE("commands: --help or -h anywhere on the line gives the command's usage on the report stream and exit 0") {
    const struct {
        int (*command)(const Args&, kiosk::CommandIo&);
        const char* usage;
        Args args;
    } cases[] = {
        {kiosk::cmd_validate, kiosk::kValidateUsage, {"event.yaml", "--help"}},
        {kiosk::cmd_check_config, kiosk::kCheckConfigUsage, {"-h"}},
        {kiosk::cmd_fetch, kiosk::kFetchUsage, {"--content", "--help"}},
        {kiosk::cmd_run, kiosk::kRunUsage, {"--help"}},
        {kiosk::cmd_render, kiosk::kRenderUsage, {"--size", "banana", "--help"}},
        {kiosk::cmd_feed, kiosk::kFeedUsage, {"--help", "--out"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.usage);
        const Answer answer = call(c.command, c.args);
        CHECK(answer.status == 0);
        CHECK(answer.out == c.usage);
        CHECK(answer.err.empty());
    }
}

TEST_CASE("validate arguments: one path, and nothing else") {
    const auto good = kiosk::parse_validate_args({"event.yaml"});
    REQUIRE(good);
    CHECK(good->path == "event.yaml");
    CHECK_FALSE(kiosk::parse_validate_args({}));
    CHECK_FALSE(kiosk::parse_validate_args({"a.yaml", "b.yaml"}));
    const auto option = kiosk::parse_validate_args({"--strict"});
    REQUIRE_FALSE(option);
    CHECK(option.error().message == "unknown option '--strict'");
    const Answer wrong = call(kiosk::cmd_validate, {});
    CHECK(wrong.status == 2);
    CHECK(wrong.out.empty());
    CHECK(wrong.err.starts_with("usage: kiosk validate PATH"));
}

TEST_CASE("check-config arguments: an optional file and --show, in any order") {
    const auto none = kiosk::parse_check_config_args({});
    REQUIRE(none);
    CHECK(none->path.empty());
    CHECK_FALSE(none->show);
    const auto both = kiosk::parse_check_config_args({"--show", "kiosk.yaml"});
    REQUIRE(both);
    CHECK(both->path == "kiosk.yaml");
    CHECK(both->show);
    const auto unknown = kiosk::parse_check_config_args({"--verbose"});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "unknown option '--verbose'");
    CHECK_FALSE(kiosk::parse_check_config_args({"a.yaml", "b.yaml"}));
    CHECK(call(kiosk::cmd_check_config, {"--verbose"}).status == 2);
}

TEST_CASE("fetch arguments: --content and --cache are required, every option wants a value") {
    const auto good =
        kiosk::parse_fetch_args({"--content", "https://example.org/event.yaml", "--cache", "/tmp/c", "--posts",
                                 "https://example.org/posts.yaml", "--time-zone", "Europe/London", "--ca-file",
                                 "ca.pem", "--pin", "sha256//x", "--cache-max-mib", "64"});
    REQUIRE(good);
    CHECK(good->content == "https://example.org/event.yaml");
    CHECK(good->cache == "/tmp/c");
    CHECK(good->posts == "https://example.org/posts.yaml");
    CHECK(good->time_zone == "Europe/London");
    CHECK(good->tls.ca_file == "ca.pem");
    CHECK(good->tls.pinned_public_key == "sha256//x");
    CHECK(good->cache_bytes == 64u << 20);
    CHECK(kiosk::check_fetch_sources(*good));

    const auto defaults = kiosk::parse_fetch_args({"--content", "event.yaml", "--cache", "c"});
    REQUIRE(defaults);
    CHECK(defaults->cache_bytes == kiosk::kDefaultCacheBytes);

    const auto unknown = kiosk::parse_fetch_args({"--content", "x", "--cache", "c", "--retries", "3"});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "unknown option '--retries'");
    const auto missing = kiosk::parse_fetch_args({"--content", "x", "--cache"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "option '--cache' wants a value");
    const auto no_cache = kiosk::parse_fetch_args({"--content", "x"});
    REQUIRE_FALSE(no_cache);
    CHECK(no_cache.error().message == "--cache is required");
    for (const char* size : {"", "-1", "12abc", "99999999999999999999"}) {
        CAPTURE(size);
        CHECK_FALSE(kiosk::parse_fetch_args({"--content", "x", "--cache", "c", "--cache-max-mib", size}));
    }
    const Answer wrong = call(kiosk::cmd_fetch, {"--content", "x", "--cache"});
    CHECK(wrong.status == 2);
    CHECK(wrong.err == kiosk::kFetchUsage);
}

TEST_CASE("fetch arguments: a source in a scheme the kiosk does not read is refused before anything is fetched") {
    const auto parsed = kiosk::parse_fetch_args({"--content", "ftp://example.org/event.yaml", "--cache", "c"});
    REQUIRE(parsed);
    CHECK_FALSE(kiosk::check_fetch_sources(*parsed));
    const Answer refused = call(kiosk::cmd_fetch, {"--content", "ftp://example.org/event.yaml", "--cache", "c"});
    CHECK(refused.status == 2);
    CHECK(refused.err.starts_with("kiosk fetch: "));
    CHECK(refused.err.find(kiosk::kFetchUsage) != std::string::npos);
}

TEST_CASE("run arguments: every option with its value, checked before anything is opened") {
    const auto good = kiosk::parse_run_options({"--content", "event.yaml", "--config", "kiosk.yaml", "--cache", "c",
                                                "--window", "1280x720", "--at", "2023-10-09 18:05", "--speed", "60",
                                                "--exit-after", "2.5", "--screenshot-dir", "shots"});
    REQUIRE(good);
    CHECK(good->content == "event.yaml");
    CHECK(good->config == "kiosk.yaml");
    CHECK(good->cache == "c");
    REQUIRE(good->window);
    CHECK(good->window->w == 1280);
    CHECK(good->window->h == 720);
    CHECK(good->at == "2023-10-09 18:05");
    CHECK(good->speed == 60.0);
    CHECK(good->exit_after == std::chrono::milliseconds(2500));
    CHECK(good->screenshot_dir == "shots");

    const auto none = kiosk::parse_run_options({});
    REQUIRE(none);
    CHECK_FALSE(none->window);
    CHECK_FALSE(none->at);

    const auto unknown = kiosk::parse_run_options({"--fullscreen", "yes"});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "unknown option '--fullscreen'");
    const auto missing = kiosk::parse_run_options({"--content"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "option '--content' wants a value");
    CHECK_FALSE(kiosk::parse_run_options({"--window", "tiny"}));
    CHECK_FALSE(kiosk::parse_run_options({"--window", "32x32"}));
    CHECK_FALSE(kiosk::parse_run_options({"--speed", "0", "--at", "2023-10-09 18:05"}));
    const auto speed_alone = kiosk::parse_run_options({"--speed", "2"});
    REQUIRE_FALSE(speed_alone);
    CHECK(speed_alone.error().message == "--speed needs --at");

    const Answer wrong = call(kiosk::cmd_run, {"--fullscreen", "yes"});
    CHECK(wrong.status == 2);
    CHECK(wrong.err == "kiosk run: unknown option '--fullscreen'\n" + std::string(kiosk::kRunUsage));
}

TEST_CASE("render arguments: content or cache, sizes collected, the sample and 1920x1080 by default") {
    const auto good = kiosk::parse_render_args({"--content", "event.yaml", "--out", "shots", "--size", "800x480",
                                                "--size", "1080x1920", "--at", "2023-10-09 18:05"});
    REQUIRE(good);
    CHECK(good->content == "event.yaml");
    CHECK(good->out == "shots");
    REQUIRE(good->sizes.size() == 2);
    CHECK(good->sizes[1].w == 1080);
    CHECK(good->sizes[1].h == 1920);
    CHECK(good->at == "2023-10-09 18:05");

    const auto defaults = kiosk::parse_render_args({});
    REQUIRE(defaults);
    CHECK(defaults->content.ends_with("content/event.yaml"));
    CHECK(defaults->out == "preview");
    REQUIRE(defaults->sizes.size() == 1);
    CHECK(defaults->sizes[0].w == 1920);

    const auto cache = kiosk::parse_render_args({"--cache", "c"});
    REQUIRE(cache);
    CHECK(cache->content.empty());
    CHECK(cache->cache == "c");

    const auto both = kiosk::parse_render_args({"--cache", "c", "--content", "event.yaml"});
    REQUIRE_FALSE(both);
    CHECK(both.error().message == "give --content or --cache, not both");
    const auto unknown = kiosk::parse_render_args({"--format", "jpeg"});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "unknown option '--format'");
    const auto missing = kiosk::parse_render_args({"--out"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "--out needs a value");
    const auto size = kiosk::parse_render_args({"--size", "big"});
    REQUIRE_FALSE(size);
    CHECK(size.error().message.starts_with("--size wants WIDTHxHEIGHT"));

    const Answer wrong = call(kiosk::cmd_render, {"--format", "jpeg"});
    CHECK(wrong.status == 2);
    CHECK(wrong.err == "kiosk render: unknown option '--format'\n" + std::string(kiosk::kRenderUsage));
}

TEST_CASE("feed arguments: --source and --out are required, --format takes a known name") {
    const auto good = kiosk::parse_feed_args({"--source", "https://example.org/api/v1/timelines/tag/x", "--out",
                                              "posts.yaml", "--rules", "rules.yaml", "--format", "mastodon"});
    REQUIRE(good);
    CHECK(good->source == "https://example.org/api/v1/timelines/tag/x");
    CHECK(good->out == "posts.yaml");
    CHECK(good->rules == "rules.yaml");
    CHECK(good->format == kiosk::import::SourceFormat::MastodonStatuses);

    const auto detected = kiosk::parse_feed_args({"--source", "feed.xml", "--out", "posts.yaml"});
    REQUIRE(detected);
    CHECK_FALSE(detected->format);

    const auto unknown = kiosk::parse_feed_args({"--source", "s", "--out", "o", "--limit", "5"});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "unknown option '--limit'");
    const auto missing = kiosk::parse_feed_args({"--source", "s", "--out"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "option '--out' wants a value");
    const auto format = kiosk::parse_feed_args({"--source", "s", "--out", "o", "--format", "gopher"});
    REQUIRE_FALSE(format);
    CHECK(format.error().message.starts_with("--format wants"));
    CHECK_FALSE(kiosk::parse_feed_args({"--out", "o"}));

    const Answer wrong = call(kiosk::cmd_feed, {"--source", "s"});
    CHECK(wrong.status == 2);
    CHECK(wrong.err == kiosk::kFeedUsage);
}
