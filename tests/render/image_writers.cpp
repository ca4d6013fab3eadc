// Writers of test images through the real encoders.
#include "tests/render/image_writers.h"

#include <cstddef>  // jpeglib.h needs size_t and FILE first
#include <cstdio>

#include <jpeglib.h>
#include <png.h>
#include <webp/encode.h>
#include <webp/mux.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace kiosk::test {
namespace {

// push_back one by one: GCC 12 warns of an overflow that is not there on insert of a brace list.
void append(std::vector<std::uint8_t>& out, std::initializer_list<std::uint8_t> bytes) {
    for (std::uint8_t b : bytes) out.push_back(b);
}

std::vector<std::uint8_t> rgba_bytes(const PixelBuffer& image) {
    std::vector<std::uint8_t> out;
    out.reserve(static_cast<std::size_t>(image.width()) * static_cast<std::size_t>(image.height()) * 4);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const std::uint32_t p = image.at(x, y);
            append(out, {std::uint8_t(red_of(p)), std::uint8_t(green_of(p)), std::uint8_t(blue_of(p)),
                                   std::uint8_t(alpha_of(p))});
        }
    }
    return out;
}

void append_png(png_structp png, png_bytep data, png_size_t size) {
    auto* out = static_cast<FileBytes*>(png_get_io_ptr(png));
    out->insert(out->end(), data, data + size);
}

[[noreturn]] void png_failed(png_structp, png_const_charp message) { throw std::runtime_error(message); }

// The distinct colours of `image`, transparent ones folded into one entry at index 0.
std::vector<std::uint32_t> palette_of(const PixelBuffer& image) {
    std::vector<std::uint32_t> palette{0};
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const std::uint32_t p = alpha_of(image.at(x, y)) == 0 ? 0 : image.at(x, y);
            if (std::find(palette.begin(), palette.end(), p) == palette.end()) palette.push_back(p);
        }
    }
    if (palette.size() > 255) throw std::runtime_error("too many colours for a palette");
    return palette;
}

std::uint8_t index_of(const std::vector<std::uint32_t>& palette, std::uint32_t p) {
    if (alpha_of(p) == 0) return 0;
    return static_cast<std::uint8_t>(std::find(palette.begin(), palette.end(), p) - palette.begin());
}

}  // namespace

PixelBuffer quadrants(int width, int height, std::uint32_t corner) {
    PixelBuffer image(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool right = x >= width / 2, bottom = y >= height / 2;
            image.at(x, y) = !bottom ? (right ? argb(255, 0, 255, 0) : argb(255, 255, 0, 0))
                                     : (right ? corner : argb(255, 0, 0, 255));
        }
    }
    return image;
}

FileBytes png_bytes(const PixelBuffer& image, PngKind kind) {
    FileBytes out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, png_failed, nullptr);
    png_infop info = png_create_info_struct(png);
    png_set_write_fn(png, &out, append_png, nullptr);
    const auto w = static_cast<png_uint_32>(image.width()), h = static_cast<png_uint_32>(image.height());
    const std::vector<std::uint8_t> rgba = rgba_bytes(image);
    std::vector<std::uint8_t> pixels;
    std::size_t row_bytes = 0;
    if (kind == PngKind::PaletteWithTransparency) {
        const std::vector<std::uint32_t> palette = palette_of(image);
        std::vector<png_color> colours;
        std::vector<png_byte> alphas;
        for (std::uint32_t p : palette) {
            colours.push_back({png_byte(red_of(p)), png_byte(green_of(p)), png_byte(blue_of(p))});
            alphas.push_back(png_byte(alpha_of(p)));
        }
        png_set_IHDR(png, info, w, h, 8, PNG_COLOR_TYPE_PALETTE, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                     PNG_FILTER_TYPE_DEFAULT);
        png_set_PLTE(png, info, colours.data(), static_cast<int>(colours.size()));
        png_set_tRNS(png, info, alphas.data(), static_cast<int>(alphas.size()), nullptr);
        row_bytes = w;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) pixels.push_back(index_of(palette, image.at(x, y)));
        }
    } else if (kind == PngKind::Grey16) {
        png_set_IHDR(png, info, w, h, 16, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                     PNG_FILTER_TYPE_DEFAULT);
        row_bytes = w * 2;
        for (std::size_t i = 0; i < rgba.size(); i += 4) {
            const std::uint32_t grey = (rgba[i] * 299u + rgba[i + 1] * 587u + rgba[i + 2] * 114u) / 1000u;
            append(pixels, {std::uint8_t(grey), std::uint8_t(grey)});  // big-endian 16-bit
        }
    } else {
        png_set_IHDR(png, info, w, h, 8, PNG_COLOR_TYPE_RGB_ALPHA,
                     kind == PngKind::Interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        row_bytes = w * 4;
        pixels = rgba;
    }
    std::vector<png_bytep> rows;
    for (png_uint_32 y = 0; y < h; ++y) rows.push_back(pixels.data() + y * row_bytes);
    png_write_info(png, info);
    png_write_image(png, rows.data());
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

FileBytes jpeg_bytes(const PixelBuffer& image, JpegKind kind) {
    jpeg_compress_struct c{};
    jpeg_error_mgr error{};
    c.err = jpeg_std_error(&error);
    jpeg_create_compress(&c);
    unsigned char* memory = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&c, &memory, &size);
    c.image_width = static_cast<JDIMENSION>(image.width());
    c.image_height = static_cast<JDIMENSION>(image.height());
    c.input_components = kind == JpegKind::Grey ? 1 : kind == JpegKind::AdobeCmyk ? 4 : 3;
    c.in_color_space = kind == JpegKind::Grey ? JCS_GRAYSCALE : kind == JpegKind::AdobeCmyk ? JCS_CMYK : JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, 95, TRUE);
    if (kind == JpegKind::Progressive) jpeg_simple_progression(&c);
    jpeg_start_compress(&c, TRUE);
    std::vector<std::uint8_t> row(static_cast<std::size_t>(image.width()) * 4);
    for (int y = 0; y < image.height(); ++y) {
        std::size_t n = 0;
        for (int x = 0; x < image.width(); ++x) {
            const std::uint32_t p = image.at(x, y);
            const auto r = std::uint8_t(red_of(p)), g = std::uint8_t(green_of(p)), b = std::uint8_t(blue_of(p));
            if (kind == JpegKind::Grey) {
                row[n++] = std::uint8_t((r * 299u + g * 587u + b * 114u) / 1000u);
            } else if (kind == JpegKind::AdobeCmyk) {
                // Adobe's inverted CMYK with no black: the stored values are the colour itself.
                for (std::uint8_t v : {r, g, b, std::uint8_t(255)}) row[n++] = v;
            } else {
                for (std::uint8_t v : {r, g, b}) row[n++] = v;
            }
        }
        JSAMPROW rows[1] = {row.data()};
        jpeg_write_scanlines(&c, rows, 1);
    }
    jpeg_finish_compress(&c);
    FileBytes out(memory, memory + size);
    jpeg_destroy_compress(&c);
    std::free(memory);
    return out;
}

FileBytes webp_lossy_bytes(const PixelBuffer& image) {
    const std::vector<std::uint8_t> rgba = rgba_bytes(image);
    std::uint8_t* data = nullptr;
    const std::size_t size = WebPEncodeRGBA(rgba.data(), image.width(), image.height(), image.width() * 4, 95, &data);
    FileBytes out(data, data + size);
    WebPFree(data);
    return out;
}

FileBytes webp_lossless_bytes(const PixelBuffer& image) {
    const std::vector<std::uint8_t> rgba = rgba_bytes(image);
    std::uint8_t* data = nullptr;
    const std::size_t size = WebPEncodeLosslessRGBA(rgba.data(), image.width(), image.height(), image.width() * 4, &data);
    FileBytes out(data, data + size);
    WebPFree(data);
    return out;
}

FileBytes webp_animation_bytes(const PixelBuffer& first, const PixelBuffer& second) {
    WebPAnimEncoderOptions options;
    WebPAnimEncoderOptionsInit(&options);
    WebPAnimEncoder* encoder = WebPAnimEncoderNew(first.width(), first.height(), &options);
    WebPConfig config;
    WebPConfigInit(&config);
    config.lossless = 1;
    int timestamp = 0;
    for (const PixelBuffer* frame : {&first, &second}) {
        const std::vector<std::uint8_t> rgba = rgba_bytes(*frame);
        WebPPicture picture;
        WebPPictureInit(&picture);
        picture.use_argb = 1;
        picture.width = frame->width();
        picture.height = frame->height();
        WebPPictureImportRGBA(&picture, rgba.data(), frame->width() * 4);
        WebPAnimEncoderAdd(encoder, &picture, timestamp, &config);
        WebPPictureFree(&picture);
        timestamp += 100;
    }
    WebPAnimEncoderAdd(encoder, nullptr, timestamp, nullptr);
    WebPData data;
    WebPDataInit(&data);
    WebPAnimEncoderAssemble(encoder, &data);
    FileBytes out(data.bytes, data.bytes + data.size);
    WebPDataClear(&data);
    WebPAnimEncoderDelete(encoder);
    return out;
}

FileBytes gif_bytes(const PixelBuffer& image) {
    const std::vector<std::uint32_t> palette = palette_of(image);
    FileBytes out;
    const auto put16 = [&out](int v) { append(out, {std::uint8_t(v & 0xFF), std::uint8_t(v >> 8)}); };
    append(out, {'G', 'I', 'F', '8', '9', 'a'});
    put16(image.width());
    put16(image.height());
    append(out, {0xF7, 0, 0});  // a global table of 256 colours
    for (std::size_t i = 0; i < 256; ++i) {
        const std::uint32_t p = i < palette.size() ? palette[i] : 0;
        append(out, {std::uint8_t(red_of(p)), std::uint8_t(green_of(p)), std::uint8_t(blue_of(p))});
    }
    append(out, {0x21, 0xF9, 4, 0x01, 0, 0, 0, 0});  // index 0 is transparent
    out.push_back(0x2C);
    put16(0);
    put16(0);
    put16(image.width());
    put16(image.height());
    out.push_back(0);
    // LZW with 8-bit literals: a clear code before every pair of pixels keeps codes 9 bits wide.
    out.push_back(8);
    std::vector<std::uint8_t> packed;
    std::uint32_t bits = 0;
    int count = 0;
    const auto code = [&](std::uint32_t c) {
        bits |= c << count;
        count += 9;
        while (count >= 8) {
            packed.push_back(std::uint8_t(bits & 0xFF));
            bits >>= 8;
            count -= 8;
        }
    };
    int emitted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (emitted++ % 2 == 0) code(256);
            code(index_of(palette, image.at(x, y)));
        }
    }
    code(257);
    if (count > 0) packed.push_back(std::uint8_t(bits & 0xFF));
    for (std::size_t i = 0; i < packed.size(); i += 255) {
        const std::size_t n = std::min<std::size_t>(255, packed.size() - i);
        out.push_back(std::uint8_t(n));
        out.insert(out.end(), packed.begin() + static_cast<std::ptrdiff_t>(i),
                   packed.begin() + static_cast<std::ptrdiff_t>(i + n));
    }
    append(out, {0, 0x3B});
    return out;
}

}  // namespace kiosk::test
