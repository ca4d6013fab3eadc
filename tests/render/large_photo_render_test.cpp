// `kiosk render` at 3840x2160 with the largest photos the limits allow (12.6 megapixels, as a
// 4096x3072 camera writes them): they are shown, not replaced by placeholders, and the whole run
// stays within the 150 MiB bound. Decoding them whole cost 100 MB each, and saving a 4K canvas
// copied it: this run took 186 MiB (JPEG) and 235 MiB (PNG) before.
#include <doctest/doctest.h>

#include <sys/resource.h>

#include <fstream>
#include <string>

#include "tests/render/image_diff.h"
#include "tests/render/image_writers.h"
#include "tests/support/child_process.h"
#include "tests/support/memory_bound.h"
#include "tests/support/test_paths.h"

namespace {

constexpr long kMaxRssKiB = kiosk::test::memory_bound_kib(150 * 1024);
const std::uint32_t kOrange = kiosk::argb(255, 255, 128, 0);
const std::uint32_t kTeal = kiosk::argb(255, 0, 128, 128);

void write_bytes(const std::string& path, const kiosk::test::FileBytes& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// How many pixels of the PNG at `path` are within 24 of `colour` in every channel.
long pixels_near(const std::string& path, std::uint32_t colour) {
    const kiosk::SurfacePtr image = kiosk::test::require_argb_png(path);
    long count = 0;
    for (int y = 0; y < image->h; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(image->pixels) +
                                                                 static_cast<std::ptrdiff_t>(y) * image->pitch);
        for (int x = 0; x < image->w; ++x) {
            const auto near = [](std::uint32_t a, std::uint32_t b) { return (a > b ? a - b : b - a) <= 24; };
            const std::uint32_t p = row[x];
            if (near(kiosk::red_of(p), kiosk::red_of(colour)) && near(kiosk::green_of(p), kiosk::green_of(colour)) &&
                near(kiosk::blue_of(p), kiosk::blue_of(colour))) {
                ++count;
            }
        }
    }
    return count;
}

long children_peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

}  // namespace

TEST_CASE("large photos: two 12.6-megapixel photos render at 3840x2160 within 150 MiB, shown in full") {
    const std::string dir = kiosk::test::make_temp_dir("large-photo-render");
    write_bytes(dir + "/speaker.jpg",
                kiosk::test::jpeg_bytes(kiosk::PixelBuffer(4096, 3072, kOrange), kiosk::test::JpegKind::Colour));
    write_bytes(dir + "/post.png",
                kiosk::test::png_bytes(kiosk::PixelBuffer(4096, 3072, kTeal), kiosk::test::PngKind::Rgba));
    std::ofstream(dir + "/event.yaml")
        << "event:\n  title: Large photos\n  time_zone: Europe/London\n"
           "speakers:\n  - id: host\n    name: Host Person\n    photo: speaker.jpg\n"
           "programme:\n  - title: Talk\n    start: \"2023-10-09 17:30\"\n    end: \"2023-10-09 18:00\"\n"
           "    speakers: [host]\n"
           "posts:\n  - id: p1\n    author: Someone\n    time: \"2023-10-09 17:40\"\n    text: A photo of the room.\n"
           "    image: post.png\n";
    const auto run = kiosk::test::run_kiosk({"render", "--content", dir + "/event.yaml", "--out", dir + "/out", "--size",
                                             "3840x2160", "--at", "2023-10-09 17:50"},
                                            {"SDL_VIDEODRIVER=dummy"});
    INFO(run.output);
    REQUIRE(run.status == 0);
    CHECK(run.output.find("placeholder") == std::string::npos);
    const long peak = children_peak_rss_kib();
    MESSAGE("peak RSS " << peak / 1024 << " MiB");
    CHECK(peak <= kMaxRssKiB);

    bool speaker_seen = false, post_seen = false;
    for (const std::string& name : kiosk::test::png_names_in(dir + "/out")) {
        if (name.find("speaker-host") != std::string::npos) {
            speaker_seen = true;
            CHECK(pixels_near(dir + "/out/" + name, kOrange) > 500'000);  // a photo about 1,000 pixels across
        }
        if (name.find("post-p1") != std::string::npos) {
            post_seen = true;
            CHECK(pixels_near(dir + "/out/" + name, kTeal) > 500'000);
        }
    }
    CHECK(speaker_seen);
    CHECK(post_seen);
}
