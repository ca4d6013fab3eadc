// WebP through libwebp directly: its scaler shrinks while decoding. An animation shows its first
// frame, placed on its canvas.
#include <algorithm>
#include <memory>
#include <string>

#include <webp/decode.h>
#include <webp/demux.h>

#include "kiosk/render/image_decode.h"
#include "kiosk/render/row_reducer.h"

namespace kiosk {
namespace {

struct DemuxDeleter {
    void operator()(WebPDemuxer* demux) const noexcept { WebPDemuxDelete(demux); }
};

std::string status_text(VP8StatusCode status) {
    switch (status) {
        case VP8_STATUS_OUT_OF_MEMORY: return "out of memory";
        case VP8_STATUS_INVALID_PARAM: return "invalid parameter";
        case VP8_STATUS_BITSTREAM_ERROR: return "broken data";
        case VP8_STATUS_UNSUPPORTED_FEATURE: return "an unsupported feature";
        case VP8_STATUS_SUSPENDED:
        case VP8_STATUS_NOT_ENOUGH_DATA: return "the file is cut short";
        default: return "unknown error";
    }
}

// One bitstream (a still image, or an animation's frame) decoded to width x height BGRA, which
// in memory is ARGB8888 on this byte order.
Result<PixelBuffer> decode_scaled(const std::uint8_t* data, std::size_t size, int width, int height,
                                  const ImageLimits& limits) {
    WebPDecoderConfig config;
    if (!WebPInitDecoderConfig(&config)) return unexpected(std::string("cannot decode it: wrong libwebp version"));
    if (const VP8StatusCode status = WebPGetFeatures(data, size, &config.input); status != VP8_STATUS_OK) {
        return unexpected("cannot decode it: " + status_text(status));
    }
    if (!within_limits(config.input.width, config.input.height, limits)) {
        return unexpected(std::string("the decoded image is larger than the limits"));
    }
    width = std::clamp(width, 1, config.input.width);
    height = std::clamp(height, 1, config.input.height);
    PixelBuffer out(width, height);
    config.options.use_scaling = width != config.input.width || height != config.input.height;
    config.options.scaled_width = width;
    config.options.scaled_height = height;
    config.output.colorspace = MODE_BGRA;
    config.output.is_external_memory = 1;
    config.output.u.RGBA.rgba = reinterpret_cast<std::uint8_t*>(out.data());
    config.output.u.RGBA.stride = width * 4;
    config.output.u.RGBA.size = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
    const VP8StatusCode status = WebPDecode(data, size, &config);
    WebPFreeDecBuffer(&config.output);
    if (status != VP8_STATUS_OK) return unexpected("cannot decode it: " + status_text(status));
    return out;
}

}  // namespace

Result<PixelBuffer> decode_webp(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits) {
    WebPBitstreamFeatures features;
    if (const VP8StatusCode status = WebPGetFeatures(bytes.data(), bytes.size(), &features); status != VP8_STATUS_OK) {
        return unexpected("cannot decode it: " + status_text(status));
    }
    if (!within_limits(features.width, features.height, limits)) {
        return unexpected(std::string("the decoded image is larger than the limits"));
    }
    const int factor = cover_factor(features.width, features.height, cover.w, cover.h);
    if (!features.has_animation) {
        return decode_scaled(bytes.data(), bytes.size(), features.width / factor, features.height / factor, limits);
    }

    const WebPData data{bytes.data(), bytes.size()};
    const std::unique_ptr<WebPDemuxer, DemuxDeleter> demux(WebPDemux(&data));
    if (!demux) return unexpected(std::string("cannot decode it: broken animation"));
    WebPIterator frame;
    if (!WebPDemuxGetFrame(demux.get(), 1, &frame)) return unexpected(std::string("cannot decode it: no frame"));
    auto pixels = decode_scaled(frame.fragment.bytes, frame.fragment.size, frame.width / factor,
                                frame.height / factor, limits);
    const int x = frame.x_offset / factor;
    const int y = frame.y_offset / factor;
    WebPDemuxReleaseIterator(&frame);
    if (!pixels) return unexpected(pixels.error());
    PixelBuffer canvas(features.width / factor, features.height / factor);
    blend_over(canvas, pixels->view(), x, y);
    return canvas;
}

}  // namespace kiosk
