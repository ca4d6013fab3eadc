// The subcommands of the `kiosk` binary. Each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

using Args = std::vector<std::string>;  // the arguments after the subcommand name

// True when any argument is `--help` or `-h`: the command then prints its usage and nothing else.
bool asks_for_help(const Args& args);

// Prints `usage` on stdout, as the answer to --help; returns the exit code 0.
int print_help(const char* usage);

int cmd_validate(const Args& args);
int cmd_check_config(const Args& args);
int cmd_fetch(const Args& args);
int cmd_run(const Args& args);
int cmd_render(const Args& args);
int cmd_feed(const Args& args);

}  // namespace kiosk
