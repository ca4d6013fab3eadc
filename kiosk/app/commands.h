// The subcommands of the `kiosk` binary. Each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

using Args = std::vector<std::string>;  // the arguments after the subcommand name

int cmd_validate(const Args& args);
int cmd_check_config(const Args& args);
int cmd_fetch(const Args& args);
int cmd_run(const Args& args);
int cmd_render(const Args& args);
int cmd_feed(const Args& args);

}  // namespace kiosk
