// `kiosk render` of content whose one photo is a hostile file: the slide shows the placeholder,
// the reason is logged with the photo's path, and the whole run stays within 150 MiB of peak RSS.
#include <doctest/doctest.h>

#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/render/hostile_images.h"
#include "tests/support/memory_bound.h"
#include "tests/support/child_process.h"
#include "tests/support/test_paths.h"

namespace {

namespace fs = std::filesystem;

// The bound for any input, from docs/reliability.md.
constexpr long kMaxRssKiB = kiosk::test::memory_bound_kib(150 * 1024);

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path);
    out << text;
}

std::string content_with_photo(const std::string& dir, const kiosk::test::HostileImage& photo) {
    fs::create_directories(dir + "/photos");
    std::ofstream out(dir + "/photos/" + photo.name, std::ios::binary);
    out.write(reinterpret_cast<const char*>(photo.bytes.data()), static_cast<std::streamsize>(photo.bytes.size()));
    write_text(dir + "/event.yaml",
               "event:\n  title: Hostile photo\n  time_zone: Europe/London\n"
               "speakers:\n  - id: host\n    name: Host Person\n    photo: photos/" + photo.name + "\n"
               "programme:\n  - title: Talk\n    start: \"2023-10-09 17:30\"\n    end: \"2023-10-09 18:00\"\n"
               "    speakers: [host]\n");
    return dir + "/event.yaml";
}

// The largest peak RSS of any child reaped so far, in KiB. Each test case runs in a process of
// its own under CTest, so this is the one `kiosk render` it started.
long children_peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

void render_hostile(const std::string& name) {
    for (const auto& photo : kiosk::test::hostile_images()) {
        if (photo.name != name) continue;
        const std::string dir = kiosk::test::make_temp_dir("hostile-render");
        const std::string content = content_with_photo(dir, photo);
        const auto run = kiosk::test::run_kiosk(
            {"render", "--content", content, "--out", dir + "/out", "--size", "1280x720", "--at", "2023-10-09 17:50"},
            {"SDL_VIDEODRIVER=dummy"});
        INFO(run.output);
        CHECK(run.status == 0);
        CHECK(run.output.find("photos/" + name) != std::string::npos);
        CHECK(run.output.find("showing a placeholder") != std::string::npos);
        CHECK(children_peak_rss_kib() <= kMaxRssKiB);
        MESSAGE(name << ": peak RSS " << children_peak_rss_kib() / 1024 << " MiB");
        return;
    }
    FAIL("no hostile image named " << name);
}

}  // namespace

TEST_CASE("hostile photo render: an SVG in a JPEG comment shows the placeholder within 150 MiB") {
    render_hostile("svg-comment.jpg");
}
TEST_CASE("hostile photo render: an SVG in a JPEG comment with a scan shows the placeholder within 150 MiB") {
    render_hostile("svg-comment-scan.jpg");
}
TEST_CASE("hostile photo render: a GIF's 20000x20000 first frame shows the placeholder within 150 MiB") {
    render_hostile("huge-frame.gif");
}
TEST_CASE("hostile photo render: a GIF of 5000 frames shows the placeholder within 150 MiB") {
    render_hostile("many-frames.gif");
}
TEST_CASE("hostile photo render: a JPEG of 5000 scans shows the placeholder within 150 MiB") {
    render_hostile("many-scans.jpg");
}
TEST_CASE("hostile photo render: a large progressive JPEG shows the placeholder within 150 MiB") {
    render_hostile("huge-progressive.jpg");
}
TEST_CASE("hostile photo render: a WebP frame larger than its canvas shows the placeholder within 150 MiB") {
    render_hostile("huge-frame.webp");
}
TEST_CASE("hostile photo render: a WebP canvas smaller than its bitstream shows the placeholder within 150 MiB") {
    render_hostile("small-canvas.webp");
}
TEST_CASE("hostile photo render: a PNG signature before an SVG shows the placeholder within 150 MiB") {
    render_hostile("trailing-svg.png");
}
TEST_CASE("hostile photo render: TGA, BMP and XCF files named .png show the placeholder within 150 MiB") {
    render_hostile("targa.png");
    render_hostile("bitmap.png");
    render_hostile("gimp.png");
}
