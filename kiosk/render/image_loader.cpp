// Photo loading: every failure is a value with a reason; nothing here can exhaust memory.
#include "kiosk/render/image_loader.h"

#include <filesystem>
#include <fstream>

#include "kiosk/render/image_decode.h"
#include "kiosk/render/image_scaling.h"

namespace kiosk {
namespace {

Result<std::vector<std::uint8_t>> read_limited(const std::string& path, std::size_t max_bytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return unexpected("cannot read it: " + ec.message());
    if (size > max_bytes) {
        return unexpected("the file is " + std::to_string(size >> 20) + " MiB; the limit is " +
                          std::to_string(max_bytes >> 20) + " MiB");
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!in || in.gcount() != static_cast<std::streamsize>(bytes.size())) return unexpected(std::string("cannot read it"));
    return bytes;
}

}  // namespace

Result<CheckedImage> read_image_file(const std::string& path, const ImageLimits& limits) {
    auto bytes = read_limited(path, limits.max_file_bytes);
    if (!bytes) return unexpected(bytes.error());
    auto checked = check_image(*bytes, limits);
    if (!checked) return unexpected(checked.error());
    return CheckedImage{std::move(bytes).value(), *checked};
}

Result<PixelBuffer> decode_image(CheckedImage image, const ImageLimits& limits) {
    return decode_to_cover(image.bytes, image.info, Size{}, limits);
}

Result<PixelBuffer> decode_image_file(const std::string& path, const ImageLimits& limits) {
    auto image = read_image_file(path, limits);
    if (!image) return unexpected(image.error());
    return decode_image(std::move(image).value(), limits);
}

PixelView view_of(const SDL_Surface& surface) {
    return {static_cast<const std::uint32_t*>(surface.pixels), surface.w, surface.h, surface.pitch / 4};
}

Result<PixelBuffer> photo_from(CheckedImage image, int width, int height, bool circle, const ImageLimits& limits) {
    auto decoded = decode_to_cover(image.bytes, image.info, Size{width, height}, limits);
    std::vector<std::uint8_t>().swap(image.bytes);  // the file's memory goes before the scaled copy is made
    if (!decoded) return unexpected(decoded.error());
    PixelBuffer scaled = scale_to_cover(decoded->view(), width, height);
    if (circle) mask_circle(scaled);
    return scaled;
}

Result<PixelBuffer> load_photo(const std::string& path, int width, int height, bool circle, const ImageLimits& limits) {
    auto image = read_image_file(path, limits);
    if (!image) return unexpected(image.error());
    return photo_from(std::move(image).value(), width, height, circle, limits);
}

SurfacePtr wrap_pixels(PixelBuffer& pixels) {
    return SurfacePtr(SDL_CreateRGBSurfaceWithFormatFrom(pixels.data(), pixels.width(), pixels.height(), 32,
                                                         pixels.width() * 4, SDL_PIXELFORMAT_ARGB8888));
}

}  // namespace kiosk
