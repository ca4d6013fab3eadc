// A text measurer with fixed, font-free metrics, so layout tests give the same boxes everywhere.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/draw/text_measurer.h"

namespace kiosk::test {

// Every character is 0.55 em wide (a space 0.3 em, anything beyond ASCII 1 em, combining marks
// and bidi controls nothing, bold 10% wider),
// lines are 1.3 em high, and U+E000 (private use) is the one character no font can draw.
class FixedMeasurer final : public TextMeasurer {
public:
    int width(std::string_view utf8, FontSpec font) const override;
    int line_height(FontSpec font) const override;
    std::string drawable(std::string_view utf8) const override;
};

}  // namespace kiosk::test
