// `kiosk run`'s settings: the config file (named by --config or $KIOSK_CONFIG) with the command
// line's overrides, read from real files, at start-up and on a reload.
#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "kiosk/app/run_settings.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace {

// Sets $KIOSK_CONFIG (or unsets it, for nothing) for one test, and puts back what was there.
class ConfigVariable {
public:
    explicit ConfigVariable(const std::optional<std::string>& value) {
        if (const char* old = std::getenv("KIOSK_CONFIG")) old_ = old;
        if (value)
            ::setenv("KIOSK_CONFIG", value->c_str(), 1);
        else
            ::unsetenv("KIOSK_CONFIG");
    }
    ~ConfigVariable() {
        if (old_)
            ::setenv("KIOSK_CONFIG", old_->c_str(), 1);
        else
            ::unsetenv("KIOSK_CONFIG");
    }
    ConfigVariable(const ConfigVariable&) = delete;
    ConfigVariable& operator=(const ConfigVariable&) = delete;

private:
    std::optional<std::string> old_;
};

kiosk::RunOptions options(const std::string& config, const std::string& content = {}, const std::string& cache = {}) {
    kiosk::RunOptions o;
    o.config = config;
    o.content = content;
    o.cache = cache;
    return o;
}

}  // namespace

TEST_CASE("run settings: --config names the file, else $KIOSK_CONFIG, else none") {
    {
        const ConfigVariable variable(std::string("/etc/kiosk/from-env.yaml"));
        CHECK(kiosk::run_config_path(options("mine.yaml")) == "mine.yaml");
        CHECK(kiosk::run_config_path(options("")) == "/etc/kiosk/from-env.yaml");
    }
    const ConfigVariable none(std::nullopt);
    CHECK(kiosk::run_config_path(options("")).empty());
}

TEST_CASE("run settings: with no config file the defaults are used and the bundled sample is shown") {
    const ConfigVariable none(std::nullopt);
    const kiosk::RunConfig read = kiosk::read_run_config(options(""));
    CHECK(read.path.empty());
    REQUIRE(read.config);
    CHECK(read.diagnostics.empty());
    CHECK(read.config->content_url.ends_with("content/event.yaml"));
    CHECK(read.config->cache_dir.empty());
    CHECK(read.config->poll_interval == std::chrono::seconds(30));
}

TEST_CASE("run settings: the config file's settings, with --content and --cache put over them") {
    const ConfigVariable none(std::nullopt);
    const std::string dir = kiosk::test::make_temp_dir("run-settings");
    kiosk::test::write_file(dir + "/kiosk.yaml",
                            "content_url: https://example.org/event.yaml\n"
                            "cache_dir: /var/cache/kiosk-test\n"
                            "poll_interval: 2m\n");
    const kiosk::RunConfig file = kiosk::read_run_config(options(dir + "/kiosk.yaml"));
    CHECK(file.path == dir + "/kiosk.yaml");
    REQUIRE(file.config);
    CHECK(file.config->content_url == "https://example.org/event.yaml");
    CHECK(file.config->cache_dir == "/var/cache/kiosk-test");
    CHECK(file.config->poll_interval == std::chrono::minutes(2));

    const kiosk::RunConfig overridden =
        kiosk::read_run_config(options(dir + "/kiosk.yaml", dir + "/local.yaml", dir + "/cache"));
    REQUIRE(overridden.config);
    CHECK(overridden.config->content_url == dir + "/local.yaml");
    CHECK(overridden.config->cache_dir == dir + "/cache");
    CHECK(overridden.config->poll_interval == std::chrono::minutes(2));
}

TEST_CASE("run settings: a config file with errors gives no settings and its problems at file:line:column") {
    const ConfigVariable none(std::nullopt);
    const std::string dir = kiosk::test::make_temp_dir("run-settings");
    kiosk::test::write_file(dir + "/kiosk.yaml", "content_url: https://example.org/event.yaml\nrotation: 45\n");
    const kiosk::RunConfig read = kiosk::read_run_config(options(dir + "/kiosk.yaml"));
    CHECK_FALSE(read.config);
    REQUIRE_FALSE(read.diagnostics.empty());
    CHECK(read.diagnostics.front().pos.file == dir + "/kiosk.yaml");
    CHECK(read.diagnostics.front().pos.line == 2);
    const kiosk::RunConfig missing = kiosk::read_run_config(options(dir + "/none.yaml"));
    CHECK_FALSE(missing.config);
    CHECK_FALSE(missing.diagnostics.empty());
}

TEST_CASE("run settings: a reload gives the new settings, and keeps the running ones when the file turns bad") {
    const ConfigVariable none(std::nullopt);
    const std::string dir = kiosk::test::make_temp_dir("run-settings");
    const std::string path = dir + "/kiosk.yaml";
    kiosk::test::write_file(path, "content_url: https://example.org/event.yaml\n");
    const kiosk::RunOptions o = options(path);
    const auto running = kiosk::read_run_config(o).config;
    REQUIRE(running);
    std::optional<kiosk::Config> made_from;
    kiosk::ConfigReloader reload(o, *running, [&made_from](const kiosk::Config& c) {
        made_from = c;
        return kiosk::ShowSettings{};
    });
    kiosk::test::write_file(path, "content_url: https://example.org/other.yaml\nposts_poll_interval: 40\n");
    CHECK(reload().has_value());
    REQUIRE(made_from);
    CHECK(made_from->content_url == "https://example.org/other.yaml");
    CHECK(made_from->posts_poll_interval == std::chrono::seconds(40));

    made_from.reset();
    kiosk::test::write_file(path, "content_url: [\n");
    CHECK_FALSE(reload().has_value());
    CHECK_FALSE(made_from);
}
