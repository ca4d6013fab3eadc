// The commands of the `kiosk` binary as functions: each reads its arguments, writes its report and
// its complaints to the streams it is given, and returns the exit code. main.cpp is a table of them,
// and the tests call them with streams of their own.
#pragma once

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/command_args.h"
#include "kiosk/app/run_options.h"
#include "kiosk/base/clock.h"

namespace kiosk {

// Where a command writes: its report (stdout for the binary) and its complaints (stderr).
struct CommandIo {
    std::ostream& out;
    std::ostream& err;
};

// True when any argument is `--help` or `-h`: the command then prints its usage and nothing else.
bool asks_for_help(const Args& args);

// Writes `usage` to io.out, as the answer to --help; returns the exit code 0.
int print_help(const char* usage, CommandIo& io);

// The commands as the binary runs them: --help, then the arguments, then the work. Exit codes:
// 0 done, 1 failed, 2 used wrongly or (validate, check-config) the file cannot be read.
int cmd_validate(const Args& args, CommandIo& io);
int cmd_check_config(const Args& args, CommandIo& io);
int cmd_fetch(const Args& args, CommandIo& io);
int cmd_run(const Args& args, CommandIo& io);
int cmd_render(const Args& args, CommandIo& io);
int cmd_feed(const Args& args, CommandIo& io);
int cmd_publish(const Args& args, CommandIo& io);

// The work of each command once its arguments are read. `now` is the wall clock's reading for
// what depends on it: render's default instant, feed's Retry-After deadlines.
int run_validate(const ValidateArgs& args, CommandIo& io);
int run_check_config(const CheckConfigArgs& args, CommandIo& io);
int run_fetch(const FetchArgs& args, CommandIo& io);
// The screen itself, until it is stopped; `launched` is when the process started, for the log.
int run_screen(const RunOptions& options, std::chrono::steady_clock::time_point launched, CommandIo& io);
int run_render(const RenderArgs& args, Instant now, CommandIo& io);
int run_feed(const FeedArgs& args, Instant now, CommandIo& io);
// `password` opens an encrypted secret key ($KIOSK_KEY_PASSWORD for the binary).
int run_publish(const PublishArgs& args, Instant now, std::optional<std::string> password, CommandIo& io);

}  // namespace kiosk
