// Shrinking an image by a whole factor while its rows arrive one at a time from a decoder, so a
// large photo never exists at full size in memory: only the shrunk result and one row of sums.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "kiosk/render/pixel_buffer.h"

namespace kiosk {

// Each output pixel is the alpha-weighted mean of a factor x factor block of the source, as
// `halve` does for a factor of 2; the source's last rows and columns that fill no whole block
// are dropped.
class RowReducer {
public:
    RowReducer(int source_width, int source_height, int factor);

    // The next source row, ARGB8888, at least source_width pixels. Rows past source_height are ignored.
    void push(std::span<const std::uint32_t> row);
    bool complete() const { return rows_seen_ >= out_.height() * factor_; }
    // The shrunk image; rows never pushed stay transparent.
    PixelBuffer take() { return std::move(out_); }

private:
    void emit_row();

    int factor_;
    int rows_seen_ = 0;
    PixelBuffer out_;
    std::vector<std::uint64_t> sums_;  // per output column: alpha, red*alpha, green*alpha, blue*alpha
};

// The largest whole factor by which a width x height source can shrink and still cover a
// box_width x box_height box after a centred crop; 1 when it cannot shrink at all, or the box is
// empty (decode whole).
int cover_factor(int width, int height, int box_width, int box_height);

}  // namespace kiosk
