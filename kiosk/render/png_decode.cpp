// PNG through libpng directly, a row at a time, so a large image is shrunk as it is read. An
// interlaced PNG (rare for photos) cannot give finished rows before its last pass and is read whole.
#include <csetjmp>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <png.h>

#include "kiosk/render/image_decode.h"
#include "kiosk/render/row_reducer.h"

namespace kiosk {
namespace {

// Everything the decode changes lives here, outside the frame that calls setjmp, so longjmp
// leaves nothing in an indeterminate state.
struct PngJob {
    std::span<const std::uint8_t> bytes;
    std::size_t offset = 0;
    Size cover;
    ImageLimits limits;
    png_structp png = nullptr;
    png_infop info = nullptr;
    std::string error;
    std::vector<std::uint8_t> rows;  // one row, or every row of an interlaced image
    std::vector<std::uint32_t> argb;
    std::optional<RowReducer> reducer;
    int width = 0;
    int height = 0;

    ~PngJob() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }

    void start_rows(int passes) {
        const int factor = cover_factor(width, height, cover.w, cover.h);
        reducer.emplace(width, height, factor);
        const std::size_t row_bytes = static_cast<std::size_t>(width) * 4;
        rows.resize(passes > 1 ? row_bytes * static_cast<std::size_t>(height) : row_bytes);
        argb.resize(static_cast<std::size_t>(width));
    }

    std::uint8_t* row_at(int y) {
        return rows.size() > static_cast<std::size_t>(width) * 4
                   ? rows.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width) * 4
                   : rows.data();
    }

    // libpng was asked for BGRA bytes, which in memory are ARGB8888 on this byte order.
    void take_row(const std::uint8_t* row) {
        for (std::size_t x = 0; x < argb.size(); ++x) {
            argb[x] = kiosk::argb(row[x * 4 + 3], row[x * 4 + 2], row[x * 4 + 1], row[x * 4]);
        }
        reducer->push(argb);
    }
};

[[noreturn]] void on_error(png_structp png, png_const_charp message) {
    auto* job = static_cast<PngJob*>(png_get_error_ptr(png));
    job->error = message;
    png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}  // a bad ancillary chunk is not worth a log line

void read_bytes(png_structp png, png_bytep out, png_size_t count) {
    auto* job = static_cast<PngJob*>(png_get_io_ptr(png));
    if (count > job->bytes.size() - job->offset) png_error(png, "the file is cut short");
    std::memcpy(out, job->bytes.data() + job->offset, count);
    job->offset += count;
}

bool run(PngJob& job) {
    if (setjmp(png_jmpbuf(job.png))) return false;
    png_set_read_fn(job.png, &job, read_bytes);
    png_set_user_limits(job.png, static_cast<png_uint_32>(job.limits.max_side),
                        static_cast<png_uint_32>(job.limits.max_side));
    png_read_info(job.png, job.info);
    job.width = static_cast<int>(png_get_image_width(job.png, job.info));
    job.height = static_cast<int>(png_get_image_height(job.png, job.info));
    if (!within_limits(job.width, job.height, job.limits)) png_error(job.png, "the image is larger than the limits");
    // Whatever the colour type and depth: 8-bit blue, green, red, alpha.
    png_set_expand(job.png);
    png_set_strip_16(job.png);
    png_set_gray_to_rgb(job.png);
    png_set_filler(job.png, 0xFF, PNG_FILLER_AFTER);
    png_set_bgr(job.png);
    const int passes = png_set_interlace_handling(job.png);
    png_read_update_info(job.png, job.info);
    if (png_get_rowbytes(job.png, job.info) != static_cast<std::size_t>(job.width) * 4) {
        png_error(job.png, "unexpected row size");
    }
    job.start_rows(passes);
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < job.height; ++y) {
            png_read_row(job.png, job.row_at(y), nullptr);
            if (passes == 1) job.take_row(job.row_at(y));
        }
    }
    if (passes > 1) {
        for (int y = 0; y < job.height; ++y) job.take_row(job.row_at(y));
    }
    return true;
}

}  // namespace

Result<PixelBuffer> decode_png(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits) {
    PngJob job;
    job.bytes = bytes;
    job.cover = cover;
    job.limits = limits;
    job.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &job, on_error, on_warning);
    if (!job.png) return unexpected(std::string("cannot decode it: out of memory"));
    job.info = png_create_info_struct(job.png);
    if (!job.info) return unexpected(std::string("cannot decode it: out of memory"));
    if (!run(job)) return unexpected("cannot decode it: " + job.error);
    return job.reducer->take();
}

}  // namespace kiosk
