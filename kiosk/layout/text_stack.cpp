// Stacking fitted texts: the running height decides each piece's top.
#include "kiosk/layout/text_stack.h"

namespace kiosk {

void TextStack::add(FittedText text, Colour colour, int gap_before) {
    if (text.empty()) return;
    const int top = pieces_.empty() ? 0 : height_ + gap_before;
    height_ = top + text.height();
    pieces_.push_back(Piece{std::move(text), Size{}, colour, top});
}

void TextStack::add_bar(Size size, Colour colour, int gap_before) {
    const int top = pieces_.empty() ? 0 : height_ + gap_before;
    height_ = top + size.h;
    pieces_.push_back(Piece{FittedText{}, size, colour, top});
}

void TextStack::place(std::vector<DrawItem>& out, int x, int y) const {
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
        const Piece& piece = pieces_[i];
        if (!piece.text.empty()) {
            place_text(out, piece.text, Rect{x, y + piece.top, width_, piece.text.height()}, align_, piece.colour);
            continue;
        }
        // A bar follows the direction of the text after it, so it sits at an Arabic title's right.
        const bool next_rtl = i + 1 < pieces_.size() && pieces_[i + 1].text.right_to_left;
        int bar_x = x;
        if (align_ == Align::Centre) bar_x = x + (width_ - piece.bar.w) / 2;
        else if ((align_ == Align::End) != next_rtl) bar_x = x + width_ - piece.bar.w;
        add_item(out, FillItem{Rect{bar_x, y + piece.top, piece.bar.w, piece.bar.h}, piece.colour, piece.bar.h / 2});
    }
}

}  // namespace kiosk
