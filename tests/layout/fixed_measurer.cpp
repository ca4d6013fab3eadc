// Fixed metrics for layout tests.
#include "tests/layout/fixed_measurer.h"

#include <cmath>

#include "kiosk/base/bidi.h"
#include "kiosk/base/utf8.h"

namespace kiosk::test {

namespace {

constexpr std::string_view kUndrawable = "\xEE\x80\x80";  // U+E000

double em_width(char32_t c) {
    if (c == U' ') return 0.3;
    if (c < 0x80) return 0.55;
    if (c >= 0x300 && c < 0x370) return 0.0;  // combining marks sit on the character before
    if (bidi::is_control(c)) return 0.0;       // direction marks and isolates draw nothing
    return 1.0;
}

}  // namespace

int FixedMeasurer::width(std::string_view utf8, FontSpec font) const {
    double ems = 0;
    for (std::size_t at = 0; at < utf8.size();) {
        const utf8::CodePoint cp = utf8::decode(utf8, at);
        ems += em_width(cp.value);
        at += cp.length;
    }
    const double bold = font.weight == FontWeight::Bold ? 1.1 : 1.0;
    return static_cast<int>(std::ceil(ems * bold * font.px));
}

int FixedMeasurer::line_height(FontSpec font) const { return static_cast<int>(std::ceil(1.3 * font.px)); }

std::string FixedMeasurer::drawable(std::string_view utf8) const {
    std::string out(utf8);
    for (std::size_t at = out.find(kUndrawable); at != std::string::npos; at = out.find(kUndrawable)) {
        out.erase(at, kUndrawable.size());
    }
    return out;
}

}  // namespace kiosk::test
