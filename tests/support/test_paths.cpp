// Test paths, from the locations CMake compiled in and the environment CTest sets.
#include "tests/support/test_paths.h"

#include <cstdlib>
#include <filesystem>
#include <random>

namespace kiosk::test {

std::string source_dir() { return KIOSK_TEST_SOURCE_DIR; }
std::string binary_dir() { return KIOSK_TEST_BINARY_DIR; }

std::string kiosk_binary() {
    if (const char* env = std::getenv("KIOSK_BINARY"); env && *env) return env;
    return binary_dir() + "/kiosk/app/kiosk";
}

std::string fixture(const std::string& relative) { return source_dir() + "/tests/fixtures/" + relative; }
std::string sample_content() { return source_dir() + "/content/event.yaml"; }

std::string make_temp_dir(const std::string& prefix) {
    namespace fs = std::filesystem;
    std::random_device rd;
    const fs::path base = fs::path(binary_dir()) / "test-tmp";
    for (;;) {
        fs::path dir = base / (prefix + "-" + std::to_string(rd()));
        std::error_code ec;
        fs::create_directories(base, ec);
        if (fs::create_directory(dir, ec)) return dir.string();
    }
}

}  // namespace kiosk::test
