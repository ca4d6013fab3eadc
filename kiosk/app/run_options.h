// The command line of `kiosk run`, parsed into plain values before anything is opened.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "kiosk/app/command_args.h"
#include "kiosk/base/result.h"
#include "kiosk/content/content_model.h"
#include "kiosk/draw/display_list.h"

namespace kiosk {

struct RunOptions {
    std::string content;                 // --content: a path or URL; empty: the config's, else the sample
    std::string config;                  // --config FILE; empty: none unless $KIOSK_CONFIG names one
    std::string cache;                   // --cache DIR; empty: the config's, else the default
    std::optional<Size> window;          // --window WxH; none: fullscreen
    std::optional<std::string> at;       // --at "YYYY-MM-DD HH:MM", read in the event's zone
    double speed = 1.0;                  // --speed X: the --at clock runs X times as fast (demos, tests)
    // Hidden options for tests and checks: end the run after this long, and save what is on
    // screen into a folder at each slide (and once in the middle of each fade).
    std::optional<std::chrono::milliseconds> exit_after;
    std::string screenshot_dir;
};

extern const char* const kRunUsage;

// The options, or one line saying what is wrong with them.
Result<RunOptions> parse_run_options(const Args& args);

// "1280x720" as a size; nothing for anything else or for sides outside 64..16384.
std::optional<Size> parse_size(const std::string& text);

}  // namespace kiosk
