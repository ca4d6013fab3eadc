// The run tests' helpers: test content, the kiosk as a child process, and screenshots as pixels.
#include "tests/run/run_support.h"

#include <SDL_image.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tests/support/test_paths.h"

namespace kiosk::test {

namespace fs = std::filesystem;

std::string run_content_yaml(const std::string& title, const std::string& background) {
    return "version: 1\nevent:\n  title: \"" + title + "\"\n  venue: Tate Liverpool\n  time_zone: Europe/London\n"
           "  dates: [2023-10-09]\n  theme:\n    background: \"" + background + "\"\n"
           "speakers:\n  - id: ada\n    name: Ada Lovelace\n    role: Analyst\n"
           "  - id: alan\n    name: Alan Turing\n    role: Mathematician\n"
           "programme:\n  - title: Opening\n    room: Hall\n    start: \"2023-10-09 09:00\"\n"
           "    end: \"2023-10-09 10:00\"\n    speakers: [ada, alan]\n"
           "display:\n  slides:\n    - kind: programme\n      duration: 3\n    - kind: speakers\n      duration: 3\n";
}

KioskRun::KioskRun(const std::string& dir, const std::vector<std::string>& args, const std::vector<std::string>& env)
    : log_(dir + "/output.txt") {
    // The dummy driver and the software renderer unless `env` says otherwise (a later assignment wins).
    std::string script = "SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software ";
    for (const auto& e : env) script += e + " ";
    script += "exec \"$0\" run \"$@\" >" + log_ + " 2>&1";
    std::vector<std::string> argv = {"/bin/sh", "-c", script, kiosk_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    process_ = std::make_unique<ChildProcess>(argv, false);
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text, line;
    while (std::getline(in, line)) text += line + "\n";
    return text;
}

std::string KioskRun::output() const { return read_text(log_); }

bool wait_for_file_text(const std::string& path, const std::string& text, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    do {
        if (read_text(path).find(text) != std::string::npos) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } while (std::chrono::steady_clock::now() < deadline);
    return false;
}

std::vector<std::string> screenshots(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".png") out.push_back(entry.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<Picture> read_png(const std::string& path) {
    SDL_Surface* loaded = IMG_Load(path.c_str());
    if (loaded == nullptr) return std::nullopt;
    SDL_Surface* surface = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(loaded);
    if (surface == nullptr) return std::nullopt;
    Picture p;
    p.width = surface->w;
    p.height = surface->h;
    for (int y = 0; y < surface->h; ++y) {
        const auto* row = static_cast<const std::uint32_t*>(surface->pixels) + y * (surface->pitch / 4);
        for (int x = 0; x < surface->w; ++x) p.pixels.push_back(row[x] & 0xFFFFFFu);
    }
    SDL_FreeSurface(surface);
    return p;
}

bool close_colour(std::uint32_t a, std::uint32_t b, int tolerance) {
    for (int shift : {0, 8, 16}) {
        const int ca = static_cast<int>((a >> shift) & 0xFF);
        const int cb = static_cast<int>((b >> shift) & 0xFF);
        if (std::abs(ca - cb) > tolerance) return false;
    }
    return true;
}

bool wait_for_screenshots(const std::string& dir, std::size_t count, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (screenshots(dir).size() < count) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

std::optional<std::string> wait_for_screenshot(const std::string& dir, const std::string& part, std::optional<std::uint32_t> rgb,
                                               std::chrono::milliseconds timeout, int x, int y) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    do {
        for (const auto& path : screenshots(dir)) {
            if (fs::path(path).filename().string().find(part) == std::string::npos) continue;
            if (!rgb) return path;
            // A file still being written does not load yet; the next round reads it whole.
            if (const auto picture = read_png(path); picture && close_colour(picture->at(x, y), *rgb)) return path;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } while (std::chrono::steady_clock::now() < deadline);
    return std::nullopt;
}

}  // namespace kiosk::test
