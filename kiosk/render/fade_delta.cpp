// Finding, copying and stepping the pixels two slides do not share.
#include "kiosk/render/fade_delta.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "kiosk/render/blend.h"

namespace kiosk {
namespace {

const std::uint32_t* row_of(PixelView v, int y) { return v.pixels + static_cast<std::ptrdiff_t>(y) * v.stride; }

// Appends the runs of row `y`; most rows are equal, or differ in a few words of text.
void row_runs(const std::uint32_t* a, const std::uint32_t* b, int y, int width, int join, std::vector<PixelRun>& out,
              std::size_t& offset) {
    int x = 0;
    std::optional<PixelRun> open;
    while (x < width) {
        if (a[x] == b[x]) {
            ++x;
            continue;
        }
        int end = x + 1;
        while (end < width && a[end] != b[end]) ++end;
        if (open && x - (open->x + open->length) < join) {
            open->length = end - open->x;
        } else {
            if (open) {
                offset += static_cast<std::size_t>(open->length);
                out.push_back(*open);
            }
            open = PixelRun{y, x, end - x, offset};
        }
        x = end;
    }
    if (open) {
        offset += static_cast<std::size_t>(open->length);
        out.push_back(*open);
    }
}

}  // namespace

void append_differing_runs(std::vector<PixelRun>& runs, PixelView a, PixelView b, int y0, int join) {
    const int width = std::min(a.width, b.width);
    const int height = std::min(a.height, b.height);
    const auto row_bytes = static_cast<std::size_t>(width) * sizeof(std::uint32_t);
    std::size_t offset = run_pixels(runs);
    for (int y = 0; y < height; ++y) {
        const std::uint32_t* ra = row_of(a, y);
        const std::uint32_t* rb = row_of(b, y);
        if (std::memcmp(ra, rb, row_bytes) == 0) continue;
        row_runs(ra, rb, y0 + y, width, join, runs, offset);
    }
}

std::vector<PixelRun> differing_runs(PixelView a, PixelView b, int join) {
    std::vector<PixelRun> runs;
    append_differing_runs(runs, a, b, 0, join);
    return runs;
}

std::size_t run_pixels(std::span<const PixelRun> runs) {
    return runs.empty() ? 0 : runs.back().offset + static_cast<std::size_t>(runs.back().length);
}

void gather_runs(std::span<const PixelRun> runs, PixelView view, std::uint32_t* packed) {
    for (const PixelRun& r : runs) {
        std::memcpy(packed + r.offset, row_of(view, r.y) + r.x, static_cast<std::size_t>(r.length) * sizeof(std::uint32_t));
    }
}

void step_runs(std::span<const PixelRun> runs, const std::uint32_t* to, std::uint32_t* target, int stride,
               std::uint16_t weight) {
    for (const PixelRun& r : runs) {
        auto* out = target + static_cast<std::ptrdiff_t>(r.y) * stride + r.x;
        step_bytes(reinterpret_cast<std::uint8_t*>(out), reinterpret_cast<const std::uint8_t*>(to + r.offset),
                   static_cast<std::size_t>(r.length) * sizeof(std::uint32_t), weight);
    }
}

std::vector<Rect> run_bands(std::span<const PixelRun> runs, int gap) {
    std::vector<Rect> bands;
    int left = 0, right = 0, top = 0, bottom = 0;  // of the open band; bottom is exclusive
    bool open = false;
    for (const PixelRun& r : runs) {
        if (open && r.y - bottom < gap) {
            left = std::min(left, r.x);
            right = std::max(right, r.x + r.length);
            bottom = r.y + 1;
            continue;
        }
        if (open) bands.push_back({left, top, right - left, bottom - top});
        open = true;
        left = r.x;
        right = r.x + r.length;
        top = r.y;
        bottom = r.y + 1;
    }
    if (open) bands.push_back({left, top, right - left, bottom - top});
    return bands;
}

}  // namespace kiosk
