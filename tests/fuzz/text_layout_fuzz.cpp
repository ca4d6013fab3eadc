// Fuzz target: any text (posts, names, rooms in any script) wrapped and fitted into a box, with the
// Unicode algorithms from ICU under it: line breaks, clusters, bidi levels carried into each line,
// isolates closed before an ellipsis, case folding and word search.
#include "tests/fuzz/fuzz_input.h"

#include <string>

#include "kiosk/base/bidi.h"
#include "kiosk/base/utf8.h"
#include "kiosk/base/words.h"
#include "kiosk/layout/text_fit.h"

namespace {

// Metrics without fonts: a space is narrow, ASCII half a size, other characters a whole one, bidi
// controls nothing. Enough for wrapping to make every decision it makes with real fonts.
class SimpleMeasurer final : public kiosk::TextMeasurer {
public:
    int width(std::string_view utf8, kiosk::FontSpec font) const override {
        int units = 0;
        for (char32_t cp : kiosk::utf8::decode(utf8)) {
            if (kiosk::bidi::is_control(cp)) continue;
            units += cp == ' ' ? 1 : (cp < 0x80 ? 2 : 4);
        }
        return units * font.px / 4;
    }
    int line_height(kiosk::FontSpec font) const override { return font.px + font.px / 3; }
    std::string drawable(std::string_view utf8) const override { return kiosk::utf8::encode(kiosk::utf8::decode(utf8)); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const SimpleMeasurer measurer;
    const int width = 8 + data[0] * 4;  // 8 to 1028 pixels
    const int lines = data[1] % 8;       // 0: as many as the height allows
    const std::string_view text = kiosk::fuzz::as_text(data + 2, size - 2);
    const kiosk::TextStyle style{kiosk::FontWeight::Regular, 24, 8, lines};
    const kiosk::FittedText fitted = kiosk::fit_text(text, kiosk::Size{width, width / 2 + 16}, style, measurer);
    for (const kiosk::TextLine& line : fitted.lines) {
        (void)kiosk::bidi::resolve(kiosk::utf8::decode(line.text));
        (void)kiosk::bidi::closers(line.text);
    }
    (void)kiosk::bidi::join_isolated({std::string(text), "Hall B"}, " \u00B7 ");
    const std::string folded = kiosk::words::fold_case(text);
    (void)kiosk::words::contains_word(folded, folded.substr(0, folded.size() / 3));
    return 0;
}
