// Paths the tests need: the source tree (fixtures, sample content), the build tree, the binary.
#pragma once

#include <string>

namespace kiosk::test {

std::string source_dir();              // the project's source tree
std::string binary_dir();              // the CMake build tree
std::string kiosk_binary();            // the built `kiosk` executable
std::string fixture(const std::string& relative);  // tests/fixtures/<relative>
std::string sample_content();          // content/event.yaml
std::string make_temp_dir(const std::string& prefix);  // a fresh folder under the build tree

}  // namespace kiosk::test
