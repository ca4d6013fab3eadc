// Whole-file reads and writes for the tests: fixtures, logs and files a test makes up.
#pragma once

#include <string>

namespace kiosk::test {

// The bytes of the file at `path`; empty when it cannot be read.
std::string read_file(const std::string& path);

// Replaces the file at `path` with `bytes`.
void write_file(const std::string& path, const std::string& bytes);

}  // namespace kiosk::test
