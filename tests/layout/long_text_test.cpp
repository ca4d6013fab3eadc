// Long texts cost what their box can show: wrapping stops at the line limit, and a word longer
// than a line is cut by measuring about a line of it, not the whole word again and again.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/layout/line_break.h"
#include "kiosk/layout/text_fit.h"
#include "tests/layout/fixed_measurer.h"

namespace kiosk::test {

namespace {

// The fixed metrics, counting how many bytes of text were measured in all.
class CountingMeasurer final : public TextMeasurer {
public:
    int width(std::string_view utf8, FontSpec font) const override {
        measured += utf8.size();
        return fixed_.width(utf8, font);
    }
    int line_height(FontSpec font) const override { return fixed_.line_height(font); }
    std::string drawable(std::string_view utf8) const override { return fixed_.drawable(utf8); }

    mutable std::size_t measured = 0;

private:
    FixedMeasurer fixed_;
};

const std::string kLongWord(9'999, 'W');

}  // namespace

TEST_CASE("text fit: a 10,000-character word in a two-line box measures a few lines of it and ends in an ellipsis") {
    CountingMeasurer measurer;
    const TextStyle style{FontWeight::Regular, 40, 20, 2};
    const FittedText fitted = fit_text(kLongWord, Size{600, 1000}, style, measurer);
    REQUIRE(fitted.lines.size() == 2);
    CHECK(fitted.truncated);
    CHECK(fitted.font.px == 20);
    CHECK(fitted.lines.back().text.ends_with("\u2026"));
    for (const TextLine& line : fitted.lines) CHECK(line.width <= 600);
    // About 55 characters fill a line; wrapped whole at every size tried, this was millions of bytes.
    MESSAGE(measurer.measured << " bytes measured");
    CHECK(measurer.measured < 20'000);
}

TEST_CASE("line break: wrapping stops at the line limit and says that text was left") {
    const FixedMeasurer measurer;
    std::string paragraph;
    for (int i = 0; i < 200; ++i) paragraph += "word" + std::to_string(i) + " ";
    const FontSpec font{FontWeight::Regular, 20};
    const WrappedParagraph all = wrap_paragraph(paragraph, 300, font, measurer);
    const WrappedParagraph three = wrap_paragraph(paragraph, 300, font, measurer, 3);
    REQUIRE(all.lines.size() > 3);
    CHECK_FALSE(all.cut_short);
    CHECK(three.cut_short);
    REQUIRE(three.lines.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(three.lines[i].text == all.lines[i].text);
    const WrappedParagraph enough = wrap_paragraph(paragraph, 300, font, measurer, all.lines.size());
    CHECK_FALSE(enough.cut_short);
    CHECK(enough.lines.size() == all.lines.size());
}

TEST_CASE("line break: a word longer than a line is cut into the same lines whether or not it is long") {
    const FixedMeasurer measurer;
    const FontSpec font{FontWeight::Regular, 20};
    // 300 characters are measured by growing prefixes, 40 whole: the lines they share are equal.
    const WrappedParagraph long_word = wrap_paragraph(std::string(300, 'x'), 200, font, measurer, 2);
    const WrappedParagraph short_word = wrap_paragraph(std::string(40, 'x'), 200, font, measurer, 2);
    REQUIRE(long_word.lines.size() == 2);
    REQUIRE(short_word.lines.size() == 2);
    CHECK(long_word.lines[0].text == short_word.lines[0].text);
    CHECK(long_word.lines[0].width <= 200);
    CHECK(long_word.cut_short);
}

}  // namespace kiosk::test
