// PNG writing through libpng directly, row by row from the surface's own memory: SDL_image's
// IMG_SavePNG first copies the whole surface (33 MB at 3840x2160).
#include "kiosk/render/png_file.h"

#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {
namespace {

struct FileCloser {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};

// Everything the write changes lives here, outside the frame that calls setjmp, so longjmp
// leaves nothing in an indeterminate state.
struct PngWrite {
    png_structp png = nullptr;
    png_infop info = nullptr;
    std::string error;

    ~PngWrite() { png_destroy_write_struct(&png, info ? &info : nullptr); }
};

[[noreturn]] void on_error(png_structp png, png_const_charp message) {
    static_cast<PngWrite*>(png_get_error_ptr(png))->error = message;
    png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}

// `surface` is ARGB8888: its bytes in memory are blue, green, red, alpha on this byte order.
bool write_rows(PngWrite& job, std::FILE* file, const SDL_Surface& surface) {
    if (setjmp(png_jmpbuf(job.png))) return false;
    png_init_io(job.png, file);
    png_set_IHDR(job.png, job.info, static_cast<png_uint_32>(surface.w), static_cast<png_uint_32>(surface.h), 8,
                 PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(job.png, job.info);
    png_set_bgr(job.png);
    for (int y = 0; y < surface.h; ++y) {
        const auto* row = static_cast<const std::uint8_t*>(surface.pixels) + static_cast<std::ptrdiff_t>(y) * surface.pitch;
        png_write_row(job.png, row);
    }
    png_write_end(job.png, nullptr);
    return true;
}

Status write_png(SDL_Surface& surface, const std::string& path) {
    SurfacePtr converted;
    SDL_Surface* argb = &surface;
    if (surface.format->format != SDL_PIXELFORMAT_ARGB8888 || SDL_MUSTLOCK(&surface)) {
        converted.reset(SDL_ConvertSurfaceFormat(&surface, SDL_PIXELFORMAT_ARGB8888, 0));
        if (!converted) return unexpected(std::string(SDL_GetError()));
        argb = converted.get();
    }
    const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) return unexpected(std::string("cannot open it"));
    PngWrite job;
    job.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &job, on_error, on_warning);
    if (!job.png) return unexpected(std::string("out of memory"));
    job.info = png_create_info_struct(job.png);
    if (!job.info) return unexpected(std::string("out of memory"));
    if (!write_rows(job, file.get(), *argb)) return unexpected(job.error);
    if (std::fflush(file.get()) != 0 || std::ferror(file.get())) return unexpected(std::string("cannot write it"));
    return {};
}

}  // namespace

Status save_png_atomically(SDL_Surface& surface, const std::string& path) {
    const std::string partial = path + ".partial";
    if (auto written = write_png(surface, partial); !written) {
        std::remove(partial.c_str());
        return unexpected("cannot write " + path + ": " + written.error().message);
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::remove(partial.c_str());
        return unexpected("cannot write " + path + ": " + ec.message());
    }
    return {};
}

}  // namespace kiosk
