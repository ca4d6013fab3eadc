#include "tests/support/minisign_tool.h"

#include <doctest/doctest.h>

#include <cstdlib>

#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

void shell(const std::string& command) {
    INFO(command);
    REQUIRE(std::system((command + " >/dev/null 2>&1").c_str()) == 0);
}

}  // namespace

std::string MinisignKeys::public_key() const {
    const std::string file = read_file(public_file());
    return file.substr(file.find('\n') + 1, 56);
}

MinisignKeys make_minisign_keys(const std::string& name, const std::string& password) {
    MinisignKeys keys{make_temp_dir("minisign-" + name)};
    if (password.empty()) {
        shell("minisign -G -W -p " + keys.public_file() + " -s " + keys.secret_file());
    } else {
        // minisign reads the password twice from its standard input when that is not a terminal.
        shell("printf '%s\\n%s\\n' '" + password + "' '" + password + "' | minisign -G -p " + keys.public_file() +
              " -s " + keys.secret_file());
    }
    return keys;
}

bool minisign_verifies(const MinisignKeys& keys, const std::string& path) {
    return std::system(("minisign -V -q -p " + keys.public_file() + " -m " + path + " >/dev/null 2>&1").c_str()) == 0;
}

void minisign_sign(const MinisignKeys& keys, const std::string& path, std::optional<std::int64_t> timestamp,
                   const std::string& options) {
    std::string command = "minisign -S " + options + " -s " + keys.secret_file() + " -m " + path;
    if (timestamp) {
        const std::string name = path.substr(path.find_last_of('/') + 1);
        command += " -t \"$(printf 'timestamp:%s\\tfile:%s\\thashed' " + std::to_string(*timestamp) + " '" + name + "')\"";
    }
    shell(command);
}

}  // namespace kiosk::test
