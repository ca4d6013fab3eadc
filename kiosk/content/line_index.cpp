// Line starts are found once; a position then costs one binary search and a short count.
#include "kiosk/content/line_index.h"

#include <algorithm>

namespace kiosk {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') line_starts_.push_back(i + 1);
    }
}

int LineIndex::characters_between(std::size_t from, std::size_t to) const {
    int n = 0;
    for (std::size_t i = from; i < to && i < text_.size(); ++i) {
        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++n;
    }
    return n;
}

LineColumn LineIndex::at_offset(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    return {static_cast<int>(line) + 1, characters_between(line_starts_[line], offset) + 1};
}

LineColumn LineIndex::at_mark(int line0, int byte_column0) const {
    if (line0 < 0) return {};
    const auto line = static_cast<std::size_t>(line0);
    if (line >= line_starts_.size()) return {line0 + 1, std::max(byte_column0, 0) + 1};
    const std::size_t start = line_starts_[line];
    const std::size_t end = start + static_cast<std::size_t>(std::max(byte_column0, 0));
    return {line0 + 1, characters_between(start, end) + 1};
}

}  // namespace kiosk
