// `kiosk render --cache`: an installer's preview of what a screen shows with the network down,
// from a cache that `kiosk fetch` filled from a real nginx on 127.0.0.1, rendered with the server gone.
#include <doctest/doctest.h>

#include <SDL.h>
#include <SDL_image.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "kiosk/text/sdl_ptrs.h"
#include "tests/cache/content_text.h"
#include "tests/net/test_servers.h"
#include "tests/render/image_diff.h"
#include "tests/support/child_process.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

namespace fs = std::filesystem;

const char* const kPreviewAt = "2023-10-09 09:10";
constexpr std::uint32_t kPhotoColour = 0xE01070;

// The pixels row by row, without the padding at each row's end.
std::vector<std::uint32_t> pixels_of(const SDL_Surface& s) {
    std::vector<std::uint32_t> out(static_cast<std::size_t>(s.w) * static_cast<std::size_t>(s.h));
    for (int y = 0; y < s.h; ++y) {
        const auto* row = static_cast<const std::uint8_t*>(s.pixels) + static_cast<std::ptrdiff_t>(y) * s.pitch;
        std::memcpy(&out[static_cast<std::size_t>(y) * static_cast<std::size_t>(s.w)], row,
                    static_cast<std::size_t>(s.w) * 4);
    }
    return out;
}

std::size_t pixels_near(const SDL_Surface& s, std::uint32_t rgb) {
    std::size_t n = 0;
    for (const std::uint32_t argb : pixels_of(s)) {
        bool close = true;
        for (int shift : {16, 8, 0}) {
            close = close &&
                    std::abs(static_cast<int>((argb >> shift) & 0xFF) - static_cast<int>((rgb >> shift) & 0xFF)) <= 6;
        }
        n += close ? 1 : 0;
    }
    return n;
}

// A real PNG of one colour, as a photographer's file would be one.
void write_photo(const std::string& path, std::uint32_t rgb) {
    SurfacePtr photo(SDL_CreateRGBSurfaceWithFormat(0, 96, 96, 32, SDL_PIXELFORMAT_ARGB8888));
    REQUIRE(photo != nullptr);
    SDL_FillRect(photo.get(), nullptr, 0xFF000000U | rgb);
    REQUIRE(IMG_SavePNG(photo.get(), path.c_str()) == 0);
}

// Fills `cache` from `root` served by nginx, then stops the server.
void fetch_into(const std::string& root, const std::string& document, const std::string& cache) {
    const NginxServer nginx(root);
    const KioskExit fetched = run_kiosk({"fetch", "--content", nginx.url("/" + document), "--cache", cache});
    CAPTURE(fetched.output);
    REQUIRE(fetched.status == 0);
}

KioskExit render(const std::vector<std::string>& source, const std::string& out) {
    std::vector<std::string> args = {"render", "--out", out, "--size", "800x480", "--at", kPreviewAt};
    args.insert(args.end(), source.begin(), source.end());
    return run_kiosk(args);
}

// The slides of `a` and `b` have the same names and the same pixels. The waiting slide names
// where its content comes from, so it differs between a file and a cache by design.
void check_same_slides(const fs::path& a, const fs::path& b) {
    const std::set<std::string> names = kiosk::test::png_names_in(a.string());
    CHECK(names == kiosk::test::png_names_in(b.string()));
    CHECK(names.size() >= 3);
    for (const std::string& name : names) {
        if (name == "waiting.png") continue;
        CAPTURE(name);
        const SurfacePtr from_a = kiosk::test::require_argb_png((a / name).string());
        const SurfacePtr from_b = kiosk::test::require_argb_png((b / name).string());
        CHECK(pixels_of(*from_a) == pixels_of(*from_b));
    }
}

// Renders `root`/event.yaml into `dir`/file, removes the served folder `root` (as if its server
// were gone), renders the cache `dir`/cache into `dir`/cached, and checks both give the same
// slides; returns what the cached render printed.
std::string render_file_then_cache(const std::string& dir, const std::string& root) {
    const KioskExit from_file = render({"--content", root + "/event.yaml"}, dir + "/file");
    REQUIRE_MESSAGE(from_file.status == 0, from_file.output);
    fs::remove_all(root);
    const KioskExit from_cache = render({"--cache", dir + "/cache"}, dir + "/cached");
    CAPTURE(from_cache.output);
    REQUIRE(from_cache.status == 0);
    check_same_slides(dir + "/file", dir + "/cached");
    return from_cache.output;
}

}  // namespace

TEST_CASE("kiosk render --cache: the sample fetched into a cache renders as the file does, with the server gone") {
    const std::string dir = make_temp_dir("render-cache-sample");
    const std::string root = dir + "/www";
    fs::create_directories(root);
    fs::copy_file(sample_content(), root + "/event.yaml");
    fetch_into(root, "event.yaml", dir + "/cache");
    CHECK(render_file_then_cache(dir, root).find("snapshot ") != std::string::npos);
}

TEST_CASE("kiosk render --cache: a speaker's photo comes from the cache when its server is gone") {
    const std::string dir = make_temp_dir("render-cache-photo");
    const std::string root = dir + "/www";
    write_text(root + "/event.yaml", content_yaml("Cached event", {"photo.png"}), 100);
    write_photo(root + "/photo.png", kPhotoColour);
    fetch_into(root, "event.yaml", dir + "/cache");
    render_file_then_cache(dir, root);
    std::size_t photo_pixels = 0;
    for (const std::string& name : kiosk::test::png_names_in(dir + "/cached")) {
        if (name.find("speaker") == std::string::npos) continue;
        photo_pixels += pixels_near(*kiosk::test::require_argb_png(dir + "/cached/" + name), kPhotoColour);
    }
    CHECK(photo_pixels > 400);
}

TEST_CASE("kiosk render --cache: an empty or missing cache folder gives exit 1 and says there is nothing to show") {
    const std::string dir = make_temp_dir("render-cache-empty");
    fs::create_directories(dir + "/cache");
    for (const std::string& cache : {dir + "/cache", dir + "/no-such-folder"}) {
        CAPTURE(cache);
        const KioskExit r = render({"--cache", cache}, dir + "/out");
        CAPTURE(r.output);
        CHECK(r.status == 1);
        CHECK(r.output.find("kiosk render: nothing to show from the cache: no content snapshot in " + cache) !=
              std::string::npos);
        CHECK(r.output.find("kiosk fetch --content URL --cache " + cache) != std::string::npos);
        CHECK(!fs::exists(dir + "/out"));
    }
}

TEST_CASE("kiosk render: --content and --cache together are a usage error") {
    const std::string dir = make_temp_dir("render-cache-both");
    const KioskExit r = render({"--content", sample_content(), "--cache", dir}, dir + "/out");
    CHECK(r.status == 2);
    CHECK(r.output.find("give --content or --cache, not both") != std::string::npos);
}

}  // namespace kiosk::test
