// Maps byte offsets and yaml-cpp marks to the 1-based line and character column editors show.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kiosk {

struct LineColumn {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, counted in characters (code points), not bytes
};

class LineIndex {
public:
    // Keeps a view of `text`, which must outlive the index.
    explicit LineIndex(std::string_view text);

    LineColumn at_offset(std::size_t offset) const;
    // yaml-cpp counts lines from 0 and columns from 0 in bytes.
    LineColumn at_mark(int line0, int byte_column0) const;

private:
    int characters_between(std::size_t from, std::size_t to) const;

    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace kiosk
