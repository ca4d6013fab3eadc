// A child process for tests (servers, helpers, the kiosk binary): started by fork/exec, always reaped,
// never left running.
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
    // With `detach_output`, stdout and stderr go to /dev/null: for servers that log to files and
    // fork workers, which would otherwise hold the test runner's pipe open after the test died.
    ChildProcess(const std::vector<std::string>& argv, bool capture_stdout, bool detach_output = false);
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

// The argv that runs the kiosk binary with `args`, with `env` ("NAME=value" pairs, a later one
// winning) added to its environment, and its stdout and stderr together in the file `log`.
std::vector<std::string> kiosk_command(const std::vector<std::string>& args, const std::vector<std::string>& env,
                                       const std::string& log);

// How a run of the kiosk binary ended.
struct KioskExit {
    int status = -1;     // the exit code, or 128 + the signal that ended it
    std::string output;  // stdout and stderr together
};

// Runs the kiosk binary with `args` and `env` (as for kiosk_command) and waits for it to end.
KioskExit run_kiosk(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

}  // namespace kiosk::test
