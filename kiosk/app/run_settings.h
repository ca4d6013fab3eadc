// The settings of `kiosk run`: the config file with the command line's overrides, read at
// start-up and again on every reload.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "kiosk/app/run_options.h"
#include "kiosk/screen/slide_show.h"
#include "kiosk/service/config.h"

namespace kiosk {

// The config file named by --config, else by $KIOSK_CONFIG; empty when there is none.
std::string run_config_path(const RunOptions& options);

struct RunConfig {
    std::string path;              // the config file; empty when none is named
    std::optional<Config> config;  // nothing when the file cannot be used
    Diagnostics diagnostics;       // the file's problems, as file:line:column
};

// The settings of the file run_config_path names (defaults when there is none), with
// --content and --cache applied, and the bundled sample as the content when nothing names one.
RunConfig read_run_config(const RunOptions& options);

// Reads the config again for a reload, logs what changed (and what waits for a restart), and
// gives the new settings, made by `settings`; on errors it logs them and gives nothing, so the
// show keeps its own.
class ConfigReloader {
public:
    using Settings = std::function<ShowSettings(const Config&)>;
    ConfigReloader(RunOptions options, Config running, Settings settings);
    std::optional<ShowSettings> operator()();

private:
    RunOptions options_;
    Config running_;
    Settings settings_;
};

}  // namespace kiosk
