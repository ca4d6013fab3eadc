// The per-format header walkers behind check_image, and the bounds-checked byte reading they share.
#pragma once

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/render/image_header.h"

namespace kiosk::image_bytes {

using Bytes = std::span<const std::uint8_t>;
using Checked = Result<ImageInfo>;

// True when `size` bytes starting at `offset` lie inside `bytes`, without overflowing.
inline bool has(Bytes bytes, std::size_t offset, std::size_t size) {
    return offset <= bytes.size() && size <= bytes.size() - offset;
}

inline bool starts_with(Bytes bytes, std::size_t offset, std::string_view tag) {
    if (!has(bytes, offset, tag.size())) return false;
    return std::equal(tag.begin(), tag.end(), bytes.begin() + static_cast<std::ptrdiff_t>(offset),
                      [](char c, std::uint8_t b) { return static_cast<std::uint8_t>(c) == b; });
}

// The callers check has(b, i, n) first; these only assemble the bytes.
inline std::uint32_t be16(Bytes b, std::size_t i) { return (std::uint32_t{b[i]} << 8) | b[i + 1]; }
inline std::uint32_t le16(Bytes b, std::size_t i) { return std::uint32_t{b[i]} | (std::uint32_t{b[i + 1]} << 8); }
inline std::uint32_t le24(Bytes b, std::size_t i) { return le16(b, i) | (std::uint32_t{b[i + 2]} << 16); }
inline std::uint32_t be32(Bytes b, std::size_t i) { return (be16(b, i) << 16) | be16(b, i + 2); }
inline std::uint32_t le32(Bytes b, std::size_t i) { return le16(b, i) | (le16(b, i + 2) << 16); }

// Sizes past INT_MAX are kept as INT_MAX: they are refused by the limits either way.
inline int to_int(std::uint64_t v) { return static_cast<int>(std::min<std::uint64_t>(v, INT_MAX)); }

// w * h, kept at INT64_MAX when larger: refused by the limits either way.
inline std::int64_t area(std::uint64_t w, std::uint64_t h) {
    if (w != 0 && h > static_cast<std::uint64_t>(INT64_MAX) / w) return INT64_MAX;
    return static_cast<std::int64_t>(w * h);
}

inline std::string size_text(std::uint64_t w, std::uint64_t h) { return std::to_string(w) + "x" + std::to_string(h); }

// "12.6 megapixels", for messages.
std::string megapixels(std::int64_t pixels);

// A reason to refuse a frame (a GIF image, a WebP animation frame) whose area or extent is past
// `limits`; empty when it is within them. `what` names the frame in the message.
std::string frame_problem(const std::string& what, std::uint64_t left, std::uint64_t top, std::uint64_t w,
                          std::uint64_t h, const ImageLimits& limits);

// The walk of each format's whole structure, from its signature to its end: the picture's size,
// what decoding it costs, or a reason to refuse it (malformed, or a frame or scan count past
// `limits`). The picture's own size is left to check_image.
Checked walk_png(Bytes bytes, const ImageLimits& limits);
Checked walk_jpeg(Bytes bytes, const ImageLimits& limits);
Checked walk_gif(Bytes bytes, const ImageLimits& limits);
Checked walk_webp(Bytes bytes, const ImageLimits& limits);

}  // namespace kiosk::image_bytes
