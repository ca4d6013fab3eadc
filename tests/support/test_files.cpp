// Whole-file reads and writes for the tests.
#include "tests/support/test_files.h"

#include <fstream>
#include <sstream>

namespace kiosk::test {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace kiosk::test
