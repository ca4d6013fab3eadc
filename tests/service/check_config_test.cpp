// Tests of `kiosk check-config` as an administrator runs it: its output and its exit status.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

#include "tests/support/test_paths.h"

namespace {

struct Run {
    int status = -1;
    std::string out;  // stdout and stderr together
};

// Runs the built binary through the shell; `env` is a prefix such as "KIOSK_CONFIG=x ".
Run kiosk_run(const std::string& args, const std::string& env = "") {
    Run run;
    const std::string command = env + "'" + kiosk::test::kiosk_binary() + "' " + args + " 2>&1";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) run.out.append(buf.data(), n);
    const int raw = ::pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

std::string config_fixture(const char* name) { return kiosk::test::fixture(std::string("config/") + name); }

}  // namespace

TEST_CASE("check-config: a valid file passes with a summary line and exit status 0") {
    const auto run = kiosk_run("check-config '" + config_fixture("full.yaml") + "'");
    CHECK(run.status == 0);
    CHECK(run.out == "0 errors, 0 warnings\n");
}

TEST_CASE("check-config: errors are printed as file:line:column and give exit status 1") {
    const auto run = kiosk_run("check-config '" + config_fixture("bad_rotation.yaml") + "'");
    CHECK(run.status == 1);
    CHECK(run.out.find(config_fixture("bad_rotation.yaml") + ":2:11: error: rotation must be") == 0);
    CHECK(run.out.find("\n1 error, 0 warnings\n") != std::string::npos);
}

TEST_CASE("check-config: warnings alone still pass") {
    const auto run = kiosk_run("check-config '" + config_fixture("unknown_key.yaml") + "'");
    CHECK(run.status == 0);
    CHECK(run.out.find(":3:1: warning: unknown key 'poll_intervall' is ignored; did you mean 'poll_interval'?") !=
          std::string::npos);
}

TEST_CASE("check-config: --show prints the settings with the defaults filled in") {
    const auto run = kiosk_run("check-config --show '" + config_fixture("full.yaml") + "'");
    CHECK(run.status == 0);
    CHECK(run.out.find("on_hours             Mon-Fri 07:30-22:00; Sat 09:00-12:00, 13:00-18:00; Sun off; "
                       "dimmed clock when off") != std::string::npos);
    CHECK(run.out.find("poll_interval        2 min") != std::string::npos);
    CHECK(run.out.find("renderer             software") != std::string::npos);
}

TEST_CASE("check-config: a renderer that is not auto, software or gpu is an error at its value") {
    const auto run = kiosk_run("check-config '" + config_fixture("bad_renderer.yaml") + "'");
    CHECK(run.status == 1);
    CHECK(run.out.find(config_fixture("bad_renderer.yaml") +
                       ":2:11: error: renderer must be auto, software or gpu, not 'opengl'") == 0);
}

TEST_CASE("check-config: a missing file or a bad option gives exit status 2") {
    const auto missing = kiosk_run("check-config '" + config_fixture("no_such_file.yaml") + "'");
    CHECK(missing.status == 2);
    CHECK(missing.out.find("no_such_file.yaml: error: cannot read the config file: No such file") != std::string::npos);
    CHECK(kiosk_run("check-config --frobnicate").status == 2);
    CHECK(kiosk_run("check-config a.yaml b.yaml").status == 2);
}

TEST_CASE("check-config: with no file named it checks $KIOSK_CONFIG") {
    const std::string path = config_fixture("bad_rotation.yaml");
    const auto run = kiosk_run("check-config", "KIOSK_CONFIG='" + path + "' ");
    CHECK(run.status == 1);
    CHECK(run.out.find(path + ":2:11: error:") == 0);
}
