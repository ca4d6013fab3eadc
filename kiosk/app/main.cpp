// Entry point: a table from command name to the command's function in kiosk_commands, which does
// the work; the process's streams are given to it, and this is the last stop for any exception.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "kiosk/app/commands.h"
#include "kiosk/base/log.h"
#include "kiosk/service/test_hooks.h"

namespace {

struct Command {
    const char* name;
    int (*run)(const kiosk::Args&, kiosk::CommandIo&);
    const char* summary;
};

// The list is the help text too.
const std::vector<Command> kCommands = {
    {"validate", kiosk::cmd_validate, "check a content file and list its errors and warnings"},
    {"check-config", kiosk::cmd_check_config, "check the kiosk's own config file (default /etc/kiosk/kiosk.yaml)"},
    {"fetch", kiosk::cmd_fetch, "fetch content and all its media into a cache once (--content URL --cache DIR)"},
    {"run", kiosk::cmd_run, "the screen itself: the slides fullscreen (or --window WxH), following the content"},
    {"render", kiosk::cmd_render, "every slide of the deck as PNG files, with no display (--size, --at, --out)"},
    {"publish", kiosk::cmd_publish,
     "check, pin, sign and upload a content file and its files to the content server (--to URL --key KEY)"},
    {"feed", kiosk::cmd_feed,
     "poll a post source once, moderate it and write the curated posts file (--source --out --rules)"},
};

void print_usage(std::FILE* out) {
    std::fprintf(
        out, "usage: kiosk <command> [options]\n       kiosk <command> --help\n       kiosk --version\n\ncommands:\n");
    for (const auto& c : kCommands) std::fprintf(out, "  %-14s %s\n", c.name, c.summary);
}

int run_command(int argc, char** argv) {
    if (argc < 2) {
        print_usage(stderr);
        return 2;
    }
    const std::string name = argv[1];
    if (name == "--version" || name == "version") {
        std::printf("kiosk %s\n", KIOSK_VERSION);
        std::printf("test hooks: %s\n", kiosk::test_hooks_built() ? "on" : "off");
        return 0;
    }
    if (name == "--help" || name == "-h" || name == "help") {
        print_usage(stdout);
        return 0;
    }
    const kiosk::Args args(argv + 2, argv + argc);
    kiosk::CommandIo io{.out = std::cout, .err = std::cerr};
    for (const auto& c : kCommands) {
        if (name == c.name) return c.run(args, io);
    }
    std::fprintf(stderr, "kiosk: unknown command '%s'\n", name.c_str());
    print_usage(stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    // Modules turn their failures into Results; this is the last stop for anything that escaped
    // them (std::bad_alloc, a library's surprise), so it is said in one line and the exit fails.
    try {
        return run_command(argc, argv);
    } catch (const std::exception& e) {
        kiosk::log::error(std::string("kiosk: stopped by an unexpected error: ") + e.what());
    } catch (...) {
        kiosk::log::error("kiosk: stopped by an unexpected error of unknown type");
    }
    return 1;
}
