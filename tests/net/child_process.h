// A child process for tests (servers, helpers): started by fork/exec, always reaped, never left running.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::test {

class ChildProcess {
public:
    // Starts argv[0] (a path) with its arguments; stdin reads /dev/null. With `capture_stdout`,
    // read_line() reads the child's standard output. The child is killed if the test dies.
    ChildProcess(const std::vector<std::string>& argv, bool capture_stdout);
    // Sends SIGTERM, waits up to two seconds, then SIGKILL; always reaps.
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    // One line of output without its newline (the last one may lack it), or nothing on timeout or
    // end of output.
    std::optional<std::string> read_line(std::chrono::milliseconds timeout);
    void signal(int sig) const;
    // Waits for the exit: the exit code, or 128 + the signal that ended it.
    int wait();
    // True while the child has not exited (reaps it when it has).
    bool running();

private:
    std::optional<std::string> take_last_line();

    pid_t pid_ = -1;
    int out_fd_ = -1;
    std::string buffered_;
    std::optional<int> status_;
};

}  // namespace kiosk::test
