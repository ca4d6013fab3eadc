// Tests for loading photos from disk: good files decode, bad ones are refused with a reason.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "kiosk/render/image_loader.h"
#include "kiosk/render/sdl_library.h"
#include "tests/support/test_paths.h"

namespace {

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string read_file(const std::string& path) {
    std::string bytes(static_cast<std::size_t>(std::filesystem::file_size(path)), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

// A real PNG of a horizontal gradient, written by SDL_image.
std::string write_gradient_png(const std::string& dir, int w, int h) {
    kiosk::PixelBuffer pixels(w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const auto v = static_cast<std::uint32_t>(x * 255 / (w - 1));
            pixels.at(x, y) = kiosk::argb(255, v, static_cast<std::uint32_t>(y % 256), 255 - v);
        }
    }
    const std::string path = dir + "/gradient.png";
    kiosk::SurfacePtr surface = kiosk::wrap_pixels(pixels);
    REQUIRE(surface);
    REQUIRE(IMG_SavePNG(surface.get(), path.c_str()) == 0);
    return path;
}

struct Libraries {
    Libraries() {
        auto sdl = kiosk::SdlLibrary::create(0);
        REQUIRE(sdl.has_value());
        auto img = kiosk::ImageLibrary::create();
        REQUIRE(img.has_value());
        sdl_lib = std::move(sdl).value();
        img_lib = std::move(img).value();
    }
    std::unique_ptr<kiosk::SdlLibrary> sdl_lib;
    std::unique_ptr<kiosk::ImageLibrary> img_lib;
};

}  // namespace

TEST_CASE("image loading: a good PNG decodes and scales to the requested size") {
    Libraries libs;
    const std::string dir = kiosk::test::make_temp_dir("img-good");
    const std::string path = write_gradient_png(dir, 400, 300);
    auto photo = kiosk::load_photo(path, 120, 120, false, {});
    REQUIRE(photo.has_value());
    CHECK(photo->width() == 120);
    CHECK(photo->height() == 120);
    // The crop is centred, so the left edge is part way into the gradient, not its start.
    CHECK(kiosk::red_of(photo->at(0, 60)) > 30);
    CHECK(kiosk::red_of(photo->at(119, 60)) < 225);
}

TEST_CASE("image loading: a circle photo is clear in its corners") {
    Libraries libs;
    const std::string dir = kiosk::test::make_temp_dir("img-circle");
    auto photo = kiosk::load_photo(write_gradient_png(dir, 200, 200), 80, 80, true, {});
    REQUIRE(photo.has_value());
    CHECK(kiosk::alpha_of(photo->at(0, 0)) == 0);
    CHECK(kiosk::alpha_of(photo->at(40, 40)) == 255);
}

TEST_CASE("image loading: a truncated PNG is refused, not half-drawn") {
    Libraries libs;
    const std::string dir = kiosk::test::make_temp_dir("img-trunc");
    const std::string good = write_gradient_png(dir, 300, 300);
    const std::string bytes = read_file(good);
    const std::string cut = dir + "/cut.png";
    write_file(cut, bytes.substr(0, bytes.size() / 2));
    const auto photo = kiosk::load_photo(cut, 100, 100, false, {});
    CHECK_FALSE(photo.has_value());
}

TEST_CASE("image loading: a PNG header declaring 20000x20000 is refused before decoding") {
    Libraries libs;
    const std::string dir = kiosk::test::make_temp_dir("img-giant");
    // A real PNG with its IHDR size rewritten: small on disk, enormous if it were decoded.
    std::string bytes = read_file(write_gradient_png(dir, 16, 16));
    const std::string giant = std::string("\x00\x00\x4E\x20", 4);  // 20000, big-endian
    bytes.replace(16, 4, giant);
    bytes.replace(20, 4, giant);
    const std::string path = dir + "/giant.png";
    write_file(path, bytes);
    const auto photo = kiosk::load_photo(path, 100, 100, true, {});
    REQUIRE_FALSE(photo.has_value());
    CHECK(photo.error().message.find("20000x20000") != std::string::npos);
}

TEST_CASE("image loading: a text file named .jpg, an empty file and a missing file are refused") {
    Libraries libs;
    const std::string dir = kiosk::test::make_temp_dir("img-bad");
    write_file(dir + "/page.jpg", "<html><body>404 Not Found</body></html>");
    write_file(dir + "/empty.png", "");
    CHECK_FALSE(kiosk::load_photo(dir + "/page.jpg", 50, 50, false, {}).has_value());
    CHECK_FALSE(kiosk::load_photo(dir + "/empty.png", 50, 50, false, {}).has_value());
    const auto missing = kiosk::load_photo(dir + "/missing.png", 50, 50, false, {});
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.find("cannot read") != std::string::npos);
}

TEST_CASE("image loading: a file over the byte limit is refused without being read") {
    Libraries libs;
    const std::string dir = kiosk::test::make_temp_dir("img-big");
    const std::string path = write_gradient_png(dir, 64, 64);
    kiosk::ImageLimits limits;
    limits.max_file_bytes = 100;
    const auto photo = kiosk::load_photo(path, 10, 10, false, limits);
    REQUIRE_FALSE(photo.has_value());
    CHECK(photo.error().message.find("limit") != std::string::npos);
}
