// GIF through giflib, the format's reference decoder: the first frame only, placed on its canvas
// and shrunk row by row as it goes. SDL_image's own GIF loader freed a pointer it had not
// allocated on a 156-byte file the header check accepts (a frame past its canvas), so it is
// never used.
#include <gif_lib.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/render/image_decode.h"
#include "kiosk/render/row_reducer.h"

namespace kiosk {
namespace {

struct Reader {
    std::span<const std::uint8_t> bytes;
    std::size_t offset = 0;
};

int read_bytes(GifFileType* gif, GifByteType* out, int wanted) {
    auto* reader = static_cast<Reader*>(gif->UserData);
    const std::size_t n = std::min(static_cast<std::size_t>(std::max(wanted, 0)), reader->bytes.size() - reader->offset);
    std::memcpy(out, reader->bytes.data() + reader->offset, n);
    reader->offset += n;
    return static_cast<int>(n);
}

struct GifCloser {
    void operator()(GifFileType* gif) const noexcept {
        int error = 0;
        DGifCloseFile(gif, &error);
    }
};
using GifPtr = std::unique_ptr<GifFileType, GifCloser>;

std::string gif_error(int code) {
    const char* text = GifErrorString(code);
    return "cannot decode it: " + std::string(text ? text : "broken data");
}

// The first frame's colour indices, rows in picture order whatever the file's interlacing.
struct Frame {
    int left = 0, top = 0, width = 0, height = 0;
    std::vector<std::uint8_t> indices;
    std::vector<std::uint32_t> palette;  // ARGB, the transparent index cleared
};

Result<Frame> read_first_frame(GifFileType* gif, const ImageLimits& limits) {
    int transparent = -1;
    for (;;) {
        GifRecordType type = UNDEFINED_RECORD_TYPE;
        if (DGifGetRecordType(gif, &type) == GIF_ERROR) return unexpected(gif_error(gif->Error));
        if (type == TERMINATE_RECORD_TYPE) return unexpected(std::string("cannot decode it: no frame"));
        if (type == EXTENSION_RECORD_TYPE) {
            int code = 0;
            GifByteType* block = nullptr;
            if (DGifGetExtension(gif, &code, &block) == GIF_ERROR) return unexpected(gif_error(gif->Error));
            if (code == GRAPHICS_EXT_FUNC_CODE && block && block[0] >= 4) {
                GraphicsControlBlock control;
                if (DGifExtensionToGCB(block[0], block + 1, &control) == GIF_OK) transparent = control.TransparentColor;
            }
            while (block) {
                if (DGifGetExtensionNext(gif, &block) == GIF_ERROR) return unexpected(gif_error(gif->Error));
            }
            continue;
        }
        if (type != IMAGE_DESC_RECORD_TYPE) continue;
        if (DGifGetImageDesc(gif) == GIF_ERROR) return unexpected(gif_error(gif->Error));
        const GifImageDesc& desc = gif->Image;
        if (!within_limits(desc.Width, desc.Height, limits)) {
            return unexpected(std::string("the decoded image is larger than the limits"));
        }
        const ColorMapObject* colours = desc.ColorMap ? desc.ColorMap : gif->SColorMap;
        if (!colours || !colours->Colors) return unexpected(std::string("cannot decode it: no colour table"));
        Frame frame{desc.Left, desc.Top, desc.Width, desc.Height, {}, {}};
        for (int i = 0; i < colours->ColorCount; ++i) {
            const GifColorType c = colours->Colors[i];
            frame.palette.push_back(i == transparent ? 0u : argb(255, c.Red, c.Green, c.Blue));
        }
        frame.indices.resize(static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height));
        const auto row = [&frame](int y) { return frame.indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(frame.width); };
        if (desc.Interlace) {
            // Four passes: every 8th row from 0, every 8th from 4, every 4th from 2, every 2nd from 1.
            constexpr int kStart[] = {0, 4, 2, 1}, kStep[] = {8, 8, 4, 2};
            for (int pass = 0; pass < 4; ++pass) {
                for (int y = kStart[pass]; y < frame.height; y += kStep[pass]) {
                    if (DGifGetLine(gif, row(y), frame.width) == GIF_ERROR) return unexpected(gif_error(gif->Error));
                }
            }
        } else {
            for (int y = 0; y < frame.height; ++y) {
                if (DGifGetLine(gif, row(y), frame.width) == GIF_ERROR) return unexpected(gif_error(gif->Error));
            }
        }
        return frame;
    }
}

}  // namespace

Result<PixelBuffer> decode_gif(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits) {
    Reader reader{bytes, 0};
    int error = 0;
    const GifPtr gif(DGifOpen(&reader, read_bytes, &error));
    if (!gif) return unexpected(gif_error(error));
    auto frame = read_first_frame(gif.get(), limits);
    if (!frame) return unexpected(frame.error());
    // The canvas is the logical screen; a frame past it is clipped, as browsers do.
    const int width = gif->SWidth > 0 ? gif->SWidth : frame->width;
    const int height = gif->SHeight > 0 ? gif->SHeight : frame->height;
    if (!within_limits(width, height, limits)) return unexpected(std::string("the decoded image is larger than the limits"));
    const int factor = cover_factor(width, height, cover.w, cover.h);
    RowReducer reducer(width, height, factor);
    std::vector<std::uint32_t> row(static_cast<std::size_t>(width));
    for (int y = 0; y < height && !reducer.complete(); ++y) {
        std::fill(row.begin(), row.end(), 0u);
        const int fy = y - frame->top;
        if (fy >= 0 && fy < frame->height) {
            const std::uint8_t* indices = frame->indices.data() + static_cast<std::size_t>(fy) * static_cast<std::size_t>(frame->width);
            const int x0 = std::max(0, frame->left), x1 = std::min(width, frame->left + frame->width);
            for (int x = x0; x < x1; ++x) {
                const std::uint8_t index = indices[x - frame->left];
                row[static_cast<std::size_t>(x)] = index < frame->palette.size() ? frame->palette[index] : 0u;
            }
        }
        reducer.push(row);
    }
    return reducer.take();
}

}  // namespace kiosk
