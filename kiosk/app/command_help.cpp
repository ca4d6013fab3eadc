// The answer every command gives to --help and -h: its usage on its report stream, and exit code 0.
#include <algorithm>
#include <ostream>

#include "kiosk/app/commands.h"

namespace kiosk {

bool asks_for_help(const Args& args) {
    return std::any_of(args.begin(), args.end(), [](const std::string& a) { return a == "--help" || a == "-h"; });
}

int print_help(const char* usage, CommandIo& io) {
    io.out << usage;
    return 0;
}

}  // namespace kiosk
