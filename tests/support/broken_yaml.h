// Small YAML texts that make yaml-cpp throw, with where the error belongs (1-based), for the tests
// of every reader that parses YAML: each must turn them into an error value with that position.
#pragma once

#include <array>

namespace kiosk::test {

struct BrokenYaml {
    const char* what;  // the mistake, for the test's output
    const char* text;
    int line;
    int column;
};

inline constexpr std::array<BrokenYaml, 3> kBrokenYaml{{
    {"a key indented less than its neighbours", "event:\n  title: Day one\n time_zone: UTC\n", 3, 2},
    {"a quoted text never closed", "title: \"Day one\nnext: 1\n", 1, 8},
    {"a tab before a key", "event:\n\ttitle: Day one\n", 2, 7},
}};

}  // namespace kiosk::test
