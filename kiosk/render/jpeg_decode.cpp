// JPEG through libjpeg(-turbo) directly: its DCT scaling decodes a large photo at 1/2, 1/4 or 1/8
// of its size without ever holding it whole, and rows arrive one at a time.
#include <cstddef>  // jpeglib.h needs size_t and FILE first
#include <cstdio>

#include <csetjmp>
#include <optional>
#include <string>
#include <vector>

#include <jpeglib.h>

#include "kiosk/render/image_decode.h"
#include "kiosk/render/row_reducer.h"

namespace kiosk {
namespace {

struct JpegError {
    jpeg_error_mgr manager;  // first, so libjpeg's pointer to it is a pointer to this
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX] = {};
};

[[noreturn]] void on_error(j_common_ptr info) {
    auto* error = reinterpret_cast<JpegError*>(info->err);
    (*info->err->format_message)(info, error->message);
    std::longjmp(error->jump, 1);
}

void on_message(j_common_ptr) {}  // warnings (a truncated scan, say) are not worth a log line

// Everything the decode changes lives here, outside the frame that calls setjmp, so longjmp
// leaves nothing in an indeterminate state.
struct JpegJob {
    std::span<const std::uint8_t> bytes;
    Size cover;
    ImageLimits limits;
    jpeg_decompress_struct info{};
    JpegError error{};
    bool created = false;
    std::string refusal;  // set when the sizes are refused, not by libjpeg
    std::vector<std::uint8_t> row;
    std::vector<std::uint32_t> argb;  // a CMYK row converted
    std::optional<RowReducer> reducer;

    ~JpegJob() {
        if (created) jpeg_destroy_decompress(&info);
    }

    // The DCT scale (n/8) that shrinks most while still covering, then the output's format.
    bool configure() {
        if (!within_limits(info.image_width, info.image_height, limits)) {
            refusal = "the decoded image is larger than the limits";
            return false;
        }
        const int factor =
            cover_factor(static_cast<int>(info.image_width), static_cast<int>(info.image_height), cover.w, cover.h);
        info.scale_num = factor >= 8 ? 1u : factor >= 4 ? 2u : factor >= 2 ? 4u : 8u;
        info.scale_denom = 8;
        const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
        info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_BGRA;  // BGRA in memory is ARGB8888 here
        return true;
    }

    void start_rows() {
        const auto width = static_cast<int>(info.output_width);
        const int factor = cover_factor(width, static_cast<int>(info.output_height), cover.w, cover.h);
        reducer.emplace(width, static_cast<int>(info.output_height), factor);
        row.resize(static_cast<std::size_t>(width) * 4);
        argb.resize(static_cast<std::size_t>(width));
    }

    void take_row() {
        if (info.out_color_space == JCS_CMYK) {
            // Adobe writes CMYK inverted, as nearly every CMYK JPEG comes from it.
            for (std::size_t x = 0; x < argb.size(); ++x) {
                const std::uint32_t c = row[x * 4], m = row[x * 4 + 1], y = row[x * 4 + 2], k = row[x * 4 + 3];
                argb[x] = kiosk::argb(255, c * k / 255, m * k / 255, y * k / 255);
            }
        } else {
            for (std::size_t x = 0; x < argb.size(); ++x) {
                argb[x] = kiosk::argb(row[x * 4 + 3], row[x * 4 + 2], row[x * 4 + 1], row[x * 4]);
            }
        }
        reducer->push(argb);
    }
};

bool run(JpegJob& job) {
    if (setjmp(job.error.jump)) return false;
    jpeg_create_decompress(&job.info);
    job.created = true;
    jpeg_mem_src(&job.info, job.bytes.data(), static_cast<unsigned long>(job.bytes.size()));
    jpeg_read_header(&job.info, TRUE);
    if (!job.configure()) return false;
    jpeg_start_decompress(&job.info);
    job.start_rows();
    while (job.info.output_scanline < job.info.output_height) {
        JSAMPROW rows[1] = {job.row.data()};
        if (jpeg_read_scanlines(&job.info, rows, 1) != 1) break;
        job.take_row();
    }
    jpeg_abort_decompress(&job.info);  // what follows the last row (markers, junk) is not needed
    return true;
}

}  // namespace

Result<PixelBuffer> decode_jpeg(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits) {
    JpegJob job;
    job.bytes = bytes;
    job.cover = cover;
    job.limits = limits;
    job.info.err = jpeg_std_error(&job.error.manager);
    job.error.manager.error_exit = on_error;
    job.error.manager.output_message = on_message;
    if (!run(job)) {
        if (!job.refusal.empty()) return unexpected(job.refusal);
        return unexpected("cannot decode it: " + std::string(job.error.message));
    }
    return job.reducer->take();
}

}  // namespace kiosk
