// Tests of the deliberate frame-loop stall that exercises the systemd watchdog.
#include <doctest/doctest.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "kiosk/service/test_stall.h"

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
    CHECK(kiosk::parse_stall_after("5000") == milliseconds(5000));
    CHECK(kiosk::parse_stall_after("0") == milliseconds(0));
    CHECK_FALSE(kiosk::parse_stall_after(nullptr).has_value());
    CHECK_FALSE(kiosk::parse_stall_after("").has_value());
    CHECK_FALSE(kiosk::parse_stall_after("5s").has_value());
    CHECK_FALSE(kiosk::parse_stall_after("-1").has_value());
}

TEST_CASE("test stall: the frame loop hangs once the time has come, and not before") {
    CHECK(child_hangs("100", milliseconds(150)));
    CHECK_FALSE(child_hangs("100", milliseconds(50)));
}

TEST_CASE("test stall: without the variable the loop never hangs") {
    CHECK_FALSE(child_hangs(nullptr, std::chrono::hours(1000)));
}
