// A colour as the content file names it and the renderer draws it: 8-bit sRGB with alpha.
#pragma once

#include <cstdint>

namespace kiosk {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    friend bool operator==(const Colour&, const Colour&) = default;
};

}  // namespace kiosk
