// `kiosk validate PATH`: checks a content file and prints every problem in compiler style.
//
// The report (diagnostics, then a summary line such as "2 errors, 1 warning") goes to stdout.
// Exit status: 0 when the file has no errors (warnings allowed), 1 when it has errors, 2 when it
// cannot be read at all or the command is used wrongly; those messages go to stderr.
#include <cstdio>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/app/schedule_file.h"
#include "kiosk/content/content_loader.h"

namespace kiosk {
namespace {

constexpr const char* kUsage =
    "usage: kiosk validate PATH\n"
    "Checks a content file and lists every error and warning as file:line:column.\n"
    "Exit status: 0 no errors, 1 errors found, 2 the file cannot be read.\n";

std::string count(std::size_t n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

void print_counts(const Content& c) {
    std::printf("%s: %s, %s, %s, %s\n", c.source.c_str(), count(c.programme.size(), "session").c_str(),
                count(c.speakers.size(), "speaker").c_str(), count(c.posts.size(), "post").c_str(),
                count(c.announcements.size(), "announcement").c_str());
}

}  // namespace

int cmd_validate(const Args& args) {
    if (asks_for_help(args)) return print_help(kUsage);
    if (args.size() != 1) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const std::string& path = args[0];
    if (path.find("://") != std::string::npos) {
        std::fprintf(stderr, "kiosk validate: %s: validate reads a local file; download it first (or fill a "
                             "cache with kiosk fetch, which checks it the same way)\n", path.c_str());
        return 2;
    }
    const LoadResult result = load_content_or_schedule(path);
    if (result.unreadable) {
        for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        return 2;
    }
    for (const auto& d : result.diagnostics) std::printf("%s\n", format_diagnostic(d).c_str());
    if (result.content) print_counts(*result.content);
    std::printf("%s\n", summarise(result.diagnostics).c_str());
    return has_errors(result.diagnostics) ? 1 : 0;
}

}  // namespace kiosk
