// A column of fitted texts and short accent bars with gaps between them, measured before it is placed.
#pragma once

#include <vector>

#include "kiosk/layout/slide_parts.h"

namespace kiosk {

class TextStack {
public:
    TextStack(int width, Align align) : width_(width), align_(align) {}

    // Adds `text` after a gap; empty texts are skipped together with their gap.
    void add(FittedText text, Colour colour, int gap_before);
    // Adds a short rounded bar, placed at the reading start of the next text (or centred).
    void add_bar(Size size, Colour colour, int gap_before);

    int height() const { return height_; }
    int width() const { return width_; }
    bool empty() const { return pieces_.empty(); }

    // Draws the stack with its top-left at (x, y).
    void place(std::vector<DrawItem>& out, int x, int y) const;

private:
    struct Piece {
        FittedText text;
        Size bar;  // used when text is empty
        Colour colour;
        int top = 0;
    };

    int width_;
    Align align_;
    int height_ = 0;
    std::vector<Piece> pieces_;
};

}  // namespace kiosk
