// `kiosk run` under a real X server (Xvfb) with SDL's software renderer, as on a board without a
// GPU: fade frames send the X server only the bands that change, so what the screen finally shows
// is checked against the slide the kiosk drew, pixel for pixel.
#include <doctest/doctest.h>

#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <csignal>
#include <filesystem>
#include <memory>
#include <thread>

#include "tests/cache/content_text.h"
#include "tests/run/run_support.h"
#include "tests/support/child_process.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
using kiosk::test::KioskRun;
using kiosk::test::Picture;

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 480;

// Xvfb on a display number it picks itself (-displayfd), stopped with the test.
class XServer {
public:
    XServer() : process_({"/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "800x480x24", "-nolisten", "tcp"}, true) {
        if (auto number = process_.read_line(10s)) display_ = ":" + *number;
    }
    const std::string& display() const { return display_; }

private:
    kiosk::test::ChildProcess process_;
    std::string display_;
};

// The whole screen as 0xRRGGBB pixels.
std::optional<Picture> grab(const std::string& display) {
    const std::unique_ptr<Display, int (*)(Display*)> d(XOpenDisplay(display.c_str()), XCloseDisplay);
    if (!d) return std::nullopt;
    XImage* image = XGetImage(d.get(), DefaultRootWindow(d.get()), 0, 0, kWidth, kHeight, AllPlanes, ZPixmap);
    if (image == nullptr) return std::nullopt;
    Picture p{kWidth, kHeight, {}};
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) p.pixels.push_back(static_cast<std::uint32_t>(XGetPixel(image, x, y)) & 0xFFFFFFu);
    XDestroyImage(image);
    return p;
}

int differing_pixels(const Picture& a, const Picture& b) {
    if (a.width != b.width || a.height != b.height) return a.width * a.height;
    int n = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) n += a.pixels[i] != b.pixels[i] ? 1 : 0;
    return n;
}

// The pixels of the screen that differ from `drawn` once the screen shows it. The kiosk saves a
// slide's screenshot `shot` just before it presents the slide, so the screen is grabbed until it
// matches, or until the kiosk saves a later screenshot (the slide is then leaving): a screen that
// never matches while the slide is still gives its last difference.
int differing_until_shown(const std::string& display, const Picture& drawn, const std::string& shots,
                          const std::string& shot) {
    int differing = -1;
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < deadline) {
        const auto saved = kiosk::test::screenshots(shots);
        const bool leaving = !saved.empty() && saved.back() > shot;
        if (const auto screen = grab(display)) differing = differing_pixels(*screen, drawn);
        if (differing == 0 || leaving) return differing;
        std::this_thread::sleep_for(20ms);  // a poll, as the support's waits do
    }
    return differing;
}

}  // namespace

TEST_CASE("run x11: after each fade the screen shows exactly the slide drawn, though fade frames send only what changes") {
    const XServer x;
    REQUIRE_MESSAGE(!x.display().empty(), "Xvfb did not start (package xvfb)");
    const std::string dir = kiosk::test::make_temp_dir("run-x11");
    const std::string shots = dir + "/shots";
    std::filesystem::create_directories(shots);
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::run_content_yaml("Screen", "#102040"));
    // Real time: each slide stays 3 s, its fade 800 ms, so the screen is still for two seconds.
    KioskRun run(dir,
                 {"--content", dir + "/event.yaml", "--cache", dir + "/cache", "--screenshot-dir", shots, "--window",
                  "800x480", "--at", "2023-10-09 09:10", "--exit-after", "12"},
                 {"SDL_VIDEODRIVER=x11", "DISPLAY=" + x.display(),
                  "LSAN_OPTIONS=suppressions=" + kiosk::test::source_dir() + "/tests/run/x11_leaks.supp"});
    // The kiosk saves each slide as it shows it: the programme first, then a speaker after each fade.
    int compared = 0;
    for (const std::string name : {"0003-", "0005-"}) {
        CAPTURE(name);
        const auto shot = kiosk::test::wait_for_screenshot(shots, name, std::nullopt, 10s);
        REQUIRE(shot);
        const auto drawn = kiosk::test::read_png(*shot);
        REQUIRE(drawn);
        CHECK(std::filesystem::path(*shot).filename().string().find("fade") == std::string::npos);
        CHECK(differing_until_shown(x.display(), *drawn, shots, *shot) == 0);
        ++compared;
    }
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    CHECK(compared == 2);
    CHECK(run.output().find("on x11 (software") != std::string::npos);
}
