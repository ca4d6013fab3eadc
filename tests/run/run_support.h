// Running the real `kiosk run` for the tests: a child process under SDL's dummy driver, its output
// in a file, and the screenshots it saves read back as pixels.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/child_process.h"

namespace kiosk::test {

// A small event whose slides all share the theme background `background` ("#RRGGBB"): a
// programme slide and two speaker slides of 3 s each, on 9 October 2023 from 09:00.
std::string run_content_yaml(const std::string& title, const std::string& background);

// `kiosk run` with `args` and `env` ("NAME=value" pairs), output to a file in `dir`.
class KioskRun {
public:
    KioskRun(const std::string& dir, const std::vector<std::string>& args, const std::vector<std::string>& env = {});
    int wait() { return process_->wait(); }
    void signal(int sig) const { process_->signal(sig); }
    bool running() { return process_->running(); }
    std::string output() const;  // stdout and stderr so far

private:
    std::string log_;
    std::unique_ptr<ChildProcess> process_;
};

// A text file's lines, each ending in a newline; empty when it cannot be read.
std::string read_text(const std::string& path);

// Waits up to `timeout` for the file at `path` to contain `text` (the status file, the cache's
// records): tests wait for what the kiosk writes, not for a fixed time.
bool wait_for_file_text(const std::string& path, const std::string& text, std::chrono::milliseconds timeout);

// The PNG files in `dir`, sorted by name (the kiosk numbers them in the order it saved them).
std::vector<std::string> screenshots(const std::string& dir);

// Waits up to `timeout` until `dir` holds at least `count` screenshots; false if it never does.
bool wait_for_screenshots(const std::string& dir, std::size_t count, std::chrono::milliseconds timeout);

// Waits up to `timeout` for a screenshot whose name contains `part` and whose pixel (x, y) is
// `rgb` (0xRRGGBB, within a small tolerance); returns its path.
std::optional<std::string> wait_for_screenshot(const std::string& dir, const std::string& part, std::optional<std::uint32_t> rgb,
                                               std::chrono::milliseconds timeout, int x = 2, int y = 2);

struct Picture {
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels;  // 0xRRGGBB, row by row
    std::uint32_t at(int x, int y) const { return pixels.at(static_cast<std::size_t>(y * width + x)); }
};
std::optional<Picture> read_png(const std::string& path);
bool close_colour(std::uint32_t a, std::uint32_t b, int tolerance = 6);

}  // namespace kiosk::test
