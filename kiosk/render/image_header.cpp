// Header parsing for the image formats the kiosk accepts; pure byte arithmetic with bounds checks.
#include "kiosk/render/image_header.h"

#include <algorithm>
#include <array>
#include <climits>

namespace kiosk {
namespace {

using Bytes = std::span<const std::uint8_t>;

bool starts_with(Bytes bytes, std::size_t offset, std::string_view tag) {
    if (bytes.size() < offset + tag.size()) return false;
    return std::equal(tag.begin(), tag.end(), bytes.begin() + static_cast<std::ptrdiff_t>(offset),
                      [](char c, std::uint8_t b) { return static_cast<std::uint8_t>(c) == b; });
}

std::uint32_t be16(Bytes b, std::size_t i) { return (std::uint32_t{b[i]} << 8) | b[i + 1]; }
std::uint32_t le16(Bytes b, std::size_t i) { return std::uint32_t{b[i]} | (std::uint32_t{b[i + 1]} << 8); }
std::uint32_t le24(Bytes b, std::size_t i) { return le16(b, i) | (std::uint32_t{b[i + 2]} << 16); }
std::uint32_t be32(Bytes b, std::size_t i) { return (be16(b, i) << 16) | be16(b, i + 2); }
std::uint32_t le32(Bytes b, std::size_t i) { return le16(b, i) | (le16(b, i + 2) << 16); }

// Sizes past INT_MAX are kept as INT_MAX: they are refused by the limits either way.
int to_int(std::uint32_t v) { return static_cast<int>(std::min<std::uint32_t>(v, INT_MAX)); }

ImageInfo info(ImageFormat format, std::uint32_t w, std::uint32_t h) { return {format, to_int(w), to_int(h)}; }

std::optional<ImageInfo> read_png(Bytes b) {
    constexpr std::string_view signature = "\x89PNG\r\n\x1a\n";
    if (!starts_with(b, 0, signature) || !starts_with(b, 12, "IHDR") || b.size() < 24) return std::nullopt;
    return info(ImageFormat::Png, be32(b, 16), be32(b, 20));
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC
// (arithmetic coding) share the range but are not frames.
bool is_start_of_frame(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Markers that stand alone, without a length field.
bool is_standalone(std::uint8_t marker) { return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8); }

std::optional<ImageInfo> read_jpeg(Bytes b) {
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8) return std::nullopt;
    std::size_t pos = 2;
    while (pos < b.size()) {
        if (b[pos] != 0xFF) return std::nullopt;
        while (pos < b.size() && b[pos] == 0xFF) ++pos;  // fill bytes
        if (pos >= b.size()) return std::nullopt;
        const std::uint8_t marker = b[pos++];
        if (is_standalone(marker)) continue;
        if (marker == 0xD9 || marker == 0xDA || pos + 2 > b.size()) return std::nullopt;
        const std::uint32_t length = be16(b, pos);
        if (length < 2) return std::nullopt;
        if (is_start_of_frame(marker)) {
            if (pos + 7 > b.size()) return std::nullopt;
            return info(ImageFormat::Jpeg, be16(b, pos + 5), be16(b, pos + 3));
        }
        pos += length;
    }
    return std::nullopt;
}

std::optional<ImageInfo> read_gif(Bytes b) {
    if ((!starts_with(b, 0, "GIF87a") && !starts_with(b, 0, "GIF89a")) || b.size() < 10) return std::nullopt;
    return info(ImageFormat::Gif, le16(b, 6), le16(b, 8));
}

std::optional<ImageInfo> read_webp(Bytes b) {
    if (!starts_with(b, 0, "RIFF") || !starts_with(b, 8, "WEBP")) return std::nullopt;
    if (starts_with(b, 12, "VP8X") && b.size() >= 30) {
        return info(ImageFormat::Webp, le24(b, 24) + 1, le24(b, 27) + 1);
    }
    if (starts_with(b, 12, "VP8L") && b.size() >= 25 && b[20] == 0x2F) {
        const std::uint32_t bits = le32(b, 21);
        return info(ImageFormat::Webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    constexpr std::array<std::uint8_t, 3> start_code = {0x9D, 0x01, 0x2A};
    if (starts_with(b, 12, "VP8 ") && b.size() >= 30 && std::equal(start_code.begin(), start_code.end(), b.begin() + 23)) {
        return info(ImageFormat::Webp, le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
    }
    return std::nullopt;
}

std::string mib(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB"; }

}  // namespace

std::optional<ImageInfo> read_image_header(std::span<const std::uint8_t> bytes) {
    for (auto reader : {read_png, read_jpeg, read_gif, read_webp}) {
        if (auto found = reader(bytes)) return found;
    }
    return std::nullopt;
}

Result<ImageInfo, std::string> check_image(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) {
        return unexpected("the file is " + mib(bytes.size()) + "; the limit is " + mib(limits.max_file_bytes));
    }
    const auto found = read_image_header(bytes);
    if (!found) return unexpected(std::string("not a PNG, JPEG, GIF or WebP image, or its header is cut short"));
    const std::string size = std::to_string(found->width) + "x" + std::to_string(found->height);
    if (found->width <= 0 || found->height <= 0) return unexpected("the image is " + size + " pixels");
    if (found->width > limits.max_side || found->height > limits.max_side) {
        return unexpected("the image is " + size + " pixels; the limit is " + std::to_string(limits.max_side) +
                          " on a side");
    }
    if (std::int64_t{found->width} * found->height > limits.max_pixels) {
        return unexpected("the image is " + size + " pixels; the limit is " +
                          std::to_string(limits.max_pixels / 1'000'000) + " megapixels");
    }
    return *found;
}

}  // namespace kiosk
