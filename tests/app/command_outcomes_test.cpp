// What validate, check-config, render and fetch do with real files in a fresh folder: their exit
// codes, and what they write to the report and complaint streams, called as functions.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "kiosk/app/commands.h"
#include "tests/app/command_answer.h"
#include "tests/cache/content_text.h"
#include "tests/support/broken_yaml.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using kiosk::Args;

namespace {

using kiosk::test::Answer;

template <typename Run>
Answer call(Run&& run) {
    return kiosk::test::call_with_streams(std::forward<Run>(run));
}

Answer command(int (*cmd)(const Args&, kiosk::CommandIo&), const Args& args) { return kiosk::test::call(cmd, args); }

// 09:10 in London on the day of the test content's one session.
kiosk::Instant morning() {
    using namespace std::chrono;
    return sys_days{year{2023} / 10 / 9} + hours{8} + minutes{10};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("validate: a file with no errors gives its warnings, counts and summary on the report stream, exit 0") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-validate");
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::content_yaml("Day one"));
    const Answer a = command(kiosk::cmd_validate, {dir + "/event.yaml"});
    CHECK(a.status == 0);
    // The test content's host is in no session, which is worth a warning and no more.
    CHECK(a.out.starts_with(dir + "/event.yaml:7:5: warning: speaker 'host' is in no session"));
    CHECK(a.out.ends_with(dir + "/event.yaml: 1 session, 1 speaker, 0 posts, 0 announcements\n0 errors, 1 warning\n"));
    CHECK(a.err.empty());
}

TEST_CASE("validate: broken YAML is an error at file:line:column, exit 1") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-validate");
    const auto& broken = kiosk::test::kBrokenYaml.front();
    kiosk::test::write_text(dir + "/event.yaml", broken.text);
    const Answer a = command(kiosk::cmd_validate, {dir + "/event.yaml"});
    CHECK(a.status == 1);
    CHECK(a.out.starts_with(dir + "/event.yaml:" + std::to_string(broken.line) + ":" + std::to_string(broken.column) +
                            ": error: "));
    CHECK(a.out.ends_with("1 error, 0 warnings\n"));
}

TEST_CASE("validate: a missing file or a URL is exit 2, said on the complaint stream") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-validate");
    const Answer missing = command(kiosk::cmd_validate, {dir + "/none.yaml"});
    CHECK(missing.status == 2);
    CHECK(missing.out.empty());
    CHECK(contains(missing.err, dir + "/none.yaml"));
    const Answer url = command(kiosk::cmd_validate, {"https://example.org/event.yaml"});
    CHECK(url.status == 2);
    CHECK(contains(url.err, "validate reads a local file"));
}

TEST_CASE("validate: a JSON file in no format it reads is refused, naming the formats it reads") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-validate");
    kiosk::test::write_text(dir + "/export.json", R"({"talks": [{"name": "Opening", "at": "09:00"}]})");
    const Answer a = command(kiosk::cmd_validate, {dir + "/export.json"});
    CHECK(a.status == 1);
    CHECK(contains(a.out, "not in a format the kiosk reads"));
    CHECK(contains(a.out, "schedule-json"));
}

TEST_CASE("check-config: a valid file passes, and --show lists its settings with the defaults") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-check-config");
    kiosk::test::write_text(dir + "/kiosk.yaml", "content_url: https://example.org/event.yaml\n");
    const Answer plain = command(kiosk::cmd_check_config, {dir + "/kiosk.yaml"});
    CHECK(plain.status == 0);
    CHECK(plain.out == "0 errors, 0 warnings\n");
    const Answer shown = command(kiosk::cmd_check_config, {dir + "/kiosk.yaml", "--show"});
    CHECK(shown.status == 0);
    CHECK(contains(shown.out, "\n  content_url          https://example.org/event.yaml\n"));
    CHECK(contains(shown.out, "\n  posts_url            (none)\n"));
    CHECK(contains(shown.out, "\n  renderer             auto\n"));
}

TEST_CASE("check-config: errors give exit 1 at file:line:column; a missing file gives exit 2") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-check-config");
    kiosk::test::write_text(dir + "/kiosk.yaml", "content_url: https://example.org/event.yaml\nrotation: 45\n");
    const Answer bad = command(kiosk::cmd_check_config, {dir + "/kiosk.yaml", "--show"});
    CHECK(bad.status == 1);
    CHECK(bad.out.starts_with(dir + "/kiosk.yaml:2:"));
    CHECK_FALSE(contains(bad.out, "content_url "));
    const Answer missing = command(kiosk::cmd_check_config, {dir + "/none.yaml"});
    CHECK(missing.status == 2);
    CHECK(missing.out.empty());
    CHECK(contains(missing.err, dir + "/none.yaml"));
}

TEST_CASE("render: every slide and the waiting slide are written at the instant given, each path reported") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-render");
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::content_yaml("Day one"));
    kiosk::RenderArgs args;
    args.content = dir + "/event.yaml";
    args.out = dir + "/out";
    args.sizes = {kiosk::Size{800, 480}};
    const Answer a = call([&](kiosk::CommandIo& io) { return kiosk::run_render(args, morning(), io); });
    CAPTURE(a.err);
    CHECK(a.status == 0);
    CHECK(a.out.starts_with(dir + "/out/01-programme.png\n"));
    CHECK(a.out.ends_with(dir + "/out/waiting.png\n"));
    std::istringstream lines(a.out);
    int files = 0;
    for (std::string path; std::getline(lines, path); ++files) CHECK(fs::file_size(path) > 0);
    CHECK(files >= 3);
}

TEST_CASE("render: content with errors, an empty cache and a bad --at each fail with their reason") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-render");
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::kBrokenYaml.front().text);
    const Answer broken = command(kiosk::cmd_render, {"--content", dir + "/event.yaml", "--out", dir + "/out"});
    CHECK(broken.status == 1);
    CHECK(broken.err.starts_with(dir + "/event.yaml:"));
    CHECK_FALSE(fs::exists(dir + "/out"));

    const Answer empty = command(kiosk::cmd_render, {"--cache", dir + "/cache", "--out", dir + "/out"});
    CHECK(empty.status == 1);
    CHECK(contains(empty.err, "kiosk render: nothing to show from the cache"));

    kiosk::test::write_text(dir + "/good.yaml", kiosk::test::content_yaml("Day one"));
    const Answer at = command(kiosk::cmd_render, {"--content", dir + "/good.yaml", "--at", "tomorrow"});
    CHECK(at.status == 2);
    CHECK(contains(at.err, "\nkiosk render: --at \"tomorrow\": "));
}

TEST_CASE("fetch: a local content file goes into the cache complete, and render shows it from there") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-fetch");
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::content_yaml("Cached day"));
    const Answer fetched = command(kiosk::cmd_fetch, {"--content", dir + "/event.yaml", "--cache", dir + "/cache"});
    CAPTURE(fetched.err);
    CHECK(fetched.status == 0);
    CHECK(fetched.out.starts_with("kiosk fetch: content " + dir + "/event.yaml: updated, snapshot "));
    CHECK(fetched.out.ends_with(", 0 media stored, 0 missing\n"));

    kiosk::RenderArgs args;
    args.cache = dir + "/cache";
    args.out = dir + "/out";
    args.sizes = {kiosk::Size{800, 480}};
    const Answer rendered = call([&](kiosk::CommandIo& io) { return kiosk::run_render(args, morning(), io); });
    CHECK(rendered.status == 0);
    CHECK(contains(rendered.err, "kiosk render: snapshot "));
    CHECK(fs::exists(dir + "/out/01-programme.png"));
}

TEST_CASE("fetch: a content file that is not there fails with exit 1 and says why") {
    const std::string dir = kiosk::test::make_temp_dir("cmd-fetch");
    const Answer a = command(kiosk::cmd_fetch, {"--content", dir + "/none.yaml", "--cache", dir + "/cache"});
    CHECK(a.status == 1);
    CHECK(contains(a.err, "kiosk fetch: content " + dir + "/none.yaml: "));
    CHECK(a.out.empty());
}
