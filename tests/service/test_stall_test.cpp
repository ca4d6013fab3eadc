// Tests of the deliberate frame-loop stall that exercises the systemd watchdog.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

#include "kiosk/service/test_stall.h"

namespace {

using std::chrono::milliseconds;

// Runs maybe_test_stall in a child process with the variable set (or unset when null), and reports whether the child
// was still inside it after a short wait (then kills it) or had returned.
bool child_hangs(const char* stall_after, std::chrono::steady_clock::duration elapsed) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (stall_after) {
            ::setenv("KIOSK_TEST_STALL_AFTER_MS", stall_after, 1);
        } else {
            ::unsetenv("KIOSK_TEST_STALL_AFTER_MS");
        }
        kiosk::maybe_test_stall(elapsed);
        ::_exit(0);
    }
    std::this_thread::sleep_for(milliseconds(300));
    int status = 0;
    const bool running = ::waitpid(child, &status, WNOHANG) == 0;
    if (running) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
    }
    return running;
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
