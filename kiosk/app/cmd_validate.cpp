// `kiosk validate PATH`: checks a content file and prints every problem in compiler style.
//
// The report (diagnostics, then a summary line such as "2 errors, 1 warning") goes to stdout.
// Exit status: 0 when the file has no errors (warnings allowed), 1 when it has errors, 2 when it
// cannot be read at all or the command is used wrongly; those messages go to stderr.
#include <ostream>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/app/schedule_file.h"
#include "kiosk/content/content_loader.h"

namespace kiosk {

const char* const kValidateUsage =
    "usage: kiosk validate PATH\n"
    "Checks a content file and lists every error and warning as file:line:column.\n"
    "Exit status: 0 no errors, 1 errors found, 2 the file cannot be read.\n";

namespace {

std::string count(std::size_t n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

void print_counts(const Content& c, std::ostream& out) {
    out << c.source << ": " << count(c.programme.size(), "session") << ", " << count(c.speakers.size(), "speaker")
        << ", " << count(c.posts.size(), "post") << ", " << count(c.announcements.size(), "announcement") << "\n";
}

}  // namespace

Result<ValidateArgs> parse_validate_args(const Args& args) {
    if (args.size() != 1) return unexpected(std::string("validate reads one file: kiosk validate PATH"));
    if (args[0].starts_with("-")) return unexpected("unknown option '" + args[0] + "'");
    return ValidateArgs{.path = args[0]};
}

int run_validate(const ValidateArgs& args, CommandIo& io) {
    const std::string& path = args.path;
    if (path.find("://") != std::string::npos) {
        io.err << "kiosk validate: " << path
               << ": validate reads a local file; download it first (or fill a cache with kiosk fetch, which "
                  "checks it the same way)\n";
        return 2;
    }
    const LoadResult result = load_content_or_schedule(path);
    if (result.unreadable) {
        for (const auto& d : result.diagnostics) io.err << format_diagnostic(d) << "\n";
        return 2;
    }
    for (const auto& d : result.diagnostics) io.out << format_diagnostic(d) << "\n";
    if (result.content) print_counts(*result.content, io.out);
    io.out << summarise(result.diagnostics) << "\n";
    return has_errors(result.diagnostics) ? 1 : 0;
}

int cmd_validate(const Args& args, CommandIo& io) {
    if (asks_for_help(args)) return print_help(kValidateUsage, io);
    const auto parsed = parse_validate_args(args);
    if (!parsed) {
        io.err << kValidateUsage;
        return 2;
    }
    return run_validate(*parsed, io);
}

}  // namespace kiosk
