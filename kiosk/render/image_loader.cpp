// Photo loading: every failure is a value with a reason; nothing here can exhaust memory.
#include "kiosk/render/image_loader.h"

#include <SDL_image.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "kiosk/render/image_scaling.h"

namespace kiosk {
namespace {

struct RwDeleter {
    void operator()(SDL_RWops* stream) const noexcept { SDL_RWclose(stream); }
};
using RwPtr = std::unique_ptr<SDL_RWops, RwDeleter>;

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

// The one loader of each format. IMG_Load_RW would sniff the bytes again and could pick any of
// SDL_image's loaders (SVG, TGA, XCF, ...), none of which the check above has looked at.
SDL_Surface* load_as(ImageFormat format, SDL_RWops* stream) {
    switch (format) {
        case ImageFormat::Png: return IMG_LoadPNG_RW(stream);
        case ImageFormat::Jpeg: return IMG_LoadJPG_RW(stream);
        case ImageFormat::Gif: return IMG_LoadGIF_RW(stream);
        case ImageFormat::Webp: return IMG_LoadWEBP_RW(stream);
    }
    return nullptr;
}

bool within(const SDL_Surface& s, const ImageLimits& limits) {
    return s.w > 0 && s.h > 0 && s.w <= limits.max_side && s.h <= limits.max_side &&
           std::int64_t{s.w} * s.h <= limits.max_pixels;
}

}  // namespace

Result<CheckedImage> read_image_file(const std::string& path, const ImageLimits& limits) {
    auto bytes = read_limited(path, limits.max_file_bytes);
    if (!bytes) return unexpected(bytes.error());
    auto checked = check_image(*bytes, limits);
    if (!checked) return unexpected(checked.error());
    return CheckedImage{std::move(bytes).value(), *checked};
}

Result<SurfacePtr> decode_image(CheckedImage image, const ImageLimits& limits) {
    SurfacePtr decoded;
    {
        RwPtr stream(SDL_RWFromConstMem(image.bytes.data(), static_cast<int>(image.bytes.size())));
        if (!stream) return unexpected(std::string(SDL_GetError()));
        decoded.reset(load_as(image.info.format, stream.get()));
    }
    if (!decoded) return unexpected("cannot decode it: " + std::string(IMG_GetError()));
    // The check and the decoder could disagree on a crafted file; the decoded size is what counts.
    if (!within(*decoded, limits)) return unexpected(std::string("the decoded image is larger than the limits"));
    std::vector<std::uint8_t>().swap(image.bytes);  // the file's memory goes before the copy is made
    SurfacePtr argb(SDL_ConvertSurfaceFormat(decoded.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    if (!argb) return unexpected("cannot convert it: " + std::string(SDL_GetError()));
    return argb;
}

Result<SurfacePtr> decode_image_file(const std::string& path, const ImageLimits& limits) {
    auto image = read_image_file(path, limits);
    if (!image) return unexpected(image.error());
    return decode_image(std::move(image).value(), limits);
}

PixelView view_of(const SDL_Surface& surface) {
    return {static_cast<const std::uint32_t*>(surface.pixels), surface.w, surface.h, surface.pitch / 4};
}

Result<PixelBuffer> photo_from(CheckedImage image, int width, int height, bool circle, const ImageLimits& limits) {
    auto decoded = decode_image(std::move(image), limits);
    if (!decoded) return unexpected(decoded.error());
    PixelBuffer scaled = scale_to_cover(view_of(**decoded), width, height);
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
