// Tests of the hooks the test suite drives: the deliberate frame-loop stall that exercises the
// systemd watchdog, and that a test build has them (a package build checks that it has not).
#include <doctest/doctest.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "kiosk/service/test_hooks.h"
#include "tests/support/child_process.h"
#include "tests/support/test_paths.h"

namespace {

using std::chrono::milliseconds;

// The log line maybe_test_stall writes just before it hangs.
constexpr const char* kHangsLine = "the frame loop now hangs on purpose";

// Everything the child writes to `fd` until it closes it (by exiting) or writes `line`; a generous
// bound only guards against a child that does neither.
std::string read_until(int fd, const std::string& line) {
    std::string text;
    char buffer[512];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 10'000) <= 0) return text;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) return text;
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.find(line) != std::string::npos) return text;
    }
}

// Runs maybe_test_stall in a child process with the variable set (or unset when null), and reports
// whether the child hung inside it (it says so in its log line just before; then it is killed) or
// returned from it (its stderr closes as it exits).
bool child_hangs(const char* stall_after, std::chrono::steady_clock::duration elapsed) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        ::dup2(fds[1], STDERR_FILENO);
        ::close(fds[1]);
        if (stall_after) {
            ::setenv("KIOSK_TEST_STALL_AFTER_MS", stall_after, 1);
        } else {
            ::unsetenv("KIOSK_TEST_STALL_AFTER_MS");
        }
        kiosk::maybe_test_stall(elapsed);
        ::_exit(0);
    }
    ::close(fds[1]);
    const bool said_it_hangs = read_until(fds[0], kHangsLine).find(kHangsLine) != std::string::npos;
    ::close(fds[0]);
    int status = 0;
    const bool running = ::waitpid(child, &status, WNOHANG) == 0;
    if (running) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
    }
    return said_it_hangs && running;
}

}  // namespace

TEST_CASE("test stall: the delay is read from a plain number of milliseconds") {
    CHECK(kiosk::parse_hook_ms("5000") == milliseconds(5000));
    CHECK(kiosk::parse_hook_ms("0") == milliseconds(0));
    CHECK_FALSE(kiosk::parse_hook_ms(nullptr).has_value());
    CHECK_FALSE(kiosk::parse_hook_ms("").has_value());
    CHECK_FALSE(kiosk::parse_hook_ms("5s").has_value());
    CHECK_FALSE(kiosk::parse_hook_ms("-1").has_value());
}

TEST_CASE("test stall: the frame loop hangs once the time has come, and not before") {
    CHECK(child_hangs("100", milliseconds(150)));
    CHECK_FALSE(child_hangs("100", milliseconds(50)));
}

TEST_CASE("test stall: without the variable the loop never hangs") {
    CHECK_FALSE(child_hangs(nullptr, std::chrono::hours(1000)));
}

// The stall and confirm tests here and in tests/run need the hooks: a test build without them
// (cmake -DKIOSK_TEST_HOOKS=OFF) fails here first, saying why, rather than in a run test's wait.
TEST_CASE("test hooks: a test build has them, and `kiosk --version` says so") {
    CHECK(kiosk::test_hooks_built());
    kiosk::test::ChildProcess child({kiosk::test::kiosk_binary(), "--version"}, true);
    std::vector<std::string> lines;
    while (const auto line = child.read_line(std::chrono::seconds(10))) lines.push_back(*line);
    CHECK(child.wait() == 0);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].starts_with("kiosk "));
    CHECK(lines[1] == "test hooks: on");
}

TEST_CASE("test hooks: a new snapshot's trial is as long as KIOSK_TEST_CONFIRM_AFTER_MS says") {
    ::setenv("KIOSK_TEST_CONFIRM_AFTER_MS", "1500", 1);
    CHECK(kiosk::test_confirm_after() == milliseconds(1500));
    ::unsetenv("KIOSK_TEST_CONFIRM_AFTER_MS");
    CHECK_FALSE(kiosk::test_confirm_after().has_value());
}
