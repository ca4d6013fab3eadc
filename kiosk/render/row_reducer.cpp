// Box filtering of decoder rows into a smaller ARGB image.
#include "kiosk/render/row_reducer.h"

#include <algorithm>

namespace kiosk {

RowReducer::RowReducer(int source_width, int source_height, int factor)
    : factor_(std::max(1, factor)),
      out_(source_width / std::max(1, factor), source_height / std::max(1, factor)),
      sums_(static_cast<std::size_t>(out_.width()) * 4, 0) {}

void RowReducer::push(std::span<const std::uint32_t> row) {
    if (complete()) return;
    const int width = out_.width();
    for (int x = 0; x < width; ++x) {
        std::uint64_t* sum = &sums_[static_cast<std::size_t>(x) * 4];
        const std::size_t start = static_cast<std::size_t>(x) * static_cast<std::size_t>(factor_);
        for (std::size_t i = start; i < start + static_cast<std::size_t>(factor_) && i < row.size(); ++i) {
            const std::uint32_t p = row[i];
            const std::uint64_t a = alpha_of(p);
            sum[0] += a;
            sum[1] += red_of(p) * a;
            sum[2] += green_of(p) * a;
            sum[3] += blue_of(p) * a;
        }
    }
    if (++rows_seen_ % factor_ == 0) emit_row();
}

void RowReducer::emit_row() {
    const int y = rows_seen_ / factor_ - 1;
    const std::uint64_t area = static_cast<std::uint64_t>(factor_) * static_cast<std::uint64_t>(factor_);
    for (int x = 0; x < out_.width(); ++x) {
        std::uint64_t* sum = &sums_[static_cast<std::size_t>(x) * 4];
        const std::uint64_t a = sum[0];
        if (a == 0) {
            out_.at(x, y) = 0;
        } else {
            // Rounded to nearest, as the halving filter does.
            const auto mean = [a](std::uint64_t v) { return static_cast<std::uint32_t>((v + a / 2) / a); };
            out_.at(x, y) = argb(static_cast<std::uint32_t>((a + area / 2) / area), mean(sum[1]), mean(sum[2]),
                                 mean(sum[3]));
        }
        std::fill(sum, sum + 4, 0);
    }
}

int cover_factor(int width, int height, int box_width, int box_height) {
    if (width <= 0 || height <= 0 || box_width <= 0 || box_height <= 0) return 1;
    // The centred crop with the box's aspect ratio, as scale_to_cover takes it.
    const std::int64_t crop_w = std::min<std::int64_t>(width, std::int64_t{height} * box_width / box_height);
    const std::int64_t crop_h = std::min<std::int64_t>(height, std::int64_t{width} * box_height / box_width);
    const std::int64_t factor = std::min(crop_w / box_width, crop_h / box_height);
    return static_cast<int>(std::clamp<std::int64_t>(factor, 1, 64));
}

}  // namespace kiosk
