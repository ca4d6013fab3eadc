// Every command that `kiosk --help` lists answers `--help` and `-h` with its own usage on stdout
// and exit code 0, whatever else is on its command line.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/support/child_process.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;

namespace {

struct Answer {
    int status = -1;
    std::string out;  // stdout alone
};

Answer run_stdout(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {kiosk::test::kiosk_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    kiosk::test::ChildProcess child(argv, true);
    Answer answer;
    while (const auto line = child.read_line(10s)) answer.out += *line + "\n";
    answer.status = child.wait();
    return answer;
}

// The command names in `kiosk --help`: the first word of each indented line after "commands:".
std::vector<std::string> listed_commands(const std::string& help) {
    std::vector<std::string> names;
    std::istringstream in(help);
    bool listing = false;
    for (std::string line; std::getline(in, line);) {
        if (line == "commands:") {
            listing = true;
        } else if (listing && line.starts_with("  ")) {
            names.push_back(line.substr(2, line.find(' ', 2) - 2));
        }
    }
    return names;
}

}  // namespace

TEST_CASE("kiosk --help lists the commands on stdout and exits 0") {
    const Answer help = run_stdout({"--help"});
    CAPTURE(help.out);
    CHECK(help.status == 0);
    CHECK(listed_commands(help.out).size() >= 6);
}

TEST_CASE("every command answers --help and -h with its usage on stdout and exit 0") {
    const std::vector<std::string> commands = listed_commands(run_stdout({"--help"}).out);
    REQUIRE(!commands.empty());
    for (const std::string& name : commands) {
        for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
                 {name, "--help"}, {name, "-h"}, {name, "--content", "somewhere.yaml", "--help"}}) {
            const Answer answer = run_stdout(args);
            CAPTURE(name);
            CAPTURE(args.back());
            CAPTURE(answer.out);
            CHECK(answer.status == 0);
            CHECK(answer.out.starts_with("usage: kiosk " + name));
        }
    }
}
