// fork/exec with PR_SET_PDEATHSIG, so a crashed test never leaves a server behind.
#include "tests/support/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <stdexcept>
#include <thread>
#include <utility>

#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

int decode(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv, bool capture_stdout, bool detach_output) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    int pipe_fds[2] = {-1, -1};
    if (capture_stdout && ::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        // Only async-signal-safe calls between fork and exec.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(127);
        const int null_fd = ::open("/dev/null", O_RDONLY);
        if (null_fd >= 0) ::dup2(null_fd, 0);
        const int sink_fd = detach_output ? ::open("/dev/null", O_WRONLY) : -1;
        if (sink_fd >= 0) {
            ::dup2(sink_fd, 1);
            ::dup2(sink_fd, 2);
        }
        if (capture_stdout) ::dup2(pipe_fds[1], 1);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    if (capture_stdout) {
        ::close(pipe_fds[1]);
        out_fd_ = pipe_fds[0];
    }
}

ChildProcess::~ChildProcess() {
    if (running()) {
        signal(SIGTERM);
        for (int i = 0; i < 200 && running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (running()) signal(SIGKILL);
    }
    wait();
    if (out_fd_ >= 0) ::close(out_fd_);
}

std::optional<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (const auto nl = buffered_.find('\n'); nl != std::string::npos) {
            std::string line = buffered_.substr(0, nl);
            buffered_.erase(0, nl + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (out_fd_ < 0 || left.count() <= 0) return std::nullopt;
        pollfd p{out_fd_, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return std::nullopt;
        char chunk[512];
        const ssize_t n = ::read(out_fd_, chunk, sizeof chunk);
        if (n <= 0) return take_last_line();
        buffered_.append(chunk, static_cast<std::size_t>(n));
    }
}

// At the end of the output, a last line without a newline (such as `base64 -A` writes) still counts.
std::optional<std::string> ChildProcess::take_last_line() {
    if (buffered_.empty()) return std::nullopt;
    return std::exchange(buffered_, std::string());
}

void ChildProcess::signal(int sig) const {
    if (pid_ > 0) ::kill(pid_, sig);
}

int ChildProcess::wait() {
    if (status_) return *status_;
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    status_ = decode(status);
    return *status_;
}

bool ChildProcess::running() {
    if (status_) return false;
    int status = 0;
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) status_ = decode(status);
    return r == 0;
}

std::vector<std::string> kiosk_command(const std::vector<std::string>& args, const std::vector<std::string>& env,
                                       const std::string& log) {
    // The shell only redirects; env(1) sets the variables, so no value needs quoting.
    std::vector<std::string> argv = {"/bin/sh", "-c", "exec \"$0\" \"$@\" >'" + log + "' 2>&1", "/usr/bin/env"};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.push_back(kiosk_binary());
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
}

KioskExit run_kiosk(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    const std::string log = make_temp_dir("kiosk-run") + "/output.txt";
    ChildProcess child(kiosk_command(args, env, log), false);
    KioskExit result;
    result.status = child.wait();
    result.output = read_file(log);
    return result;
}

}  // namespace kiosk::test
