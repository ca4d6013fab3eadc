// Mixed-direction text through layout: paragraphs resolved once and then broken into lines,
// numbers and brackets as UAX #9 orders them, and meta lines whose parts cannot turn them around.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kiosk/base/bidi.h"
#include "kiosk/base/utf8.h"
#include "kiosk/layout/line_break.h"
#include "kiosk/layout/text_fit.h"
#include "tests/layout/fixed_measurer.h"

namespace {

using kiosk::FontSpec;
using kiosk::FontWeight;
namespace bidi = kiosk::bidi;
namespace utf8 = kiosk::utf8;

// The code points of one line in the order they appear on screen, left to right, without bidi
// controls (mirroring of brackets is the shaper's work and not shown here).
std::string visual(const std::string& line) {
    const std::vector<char32_t> text = utf8::decode(line);
    const bidi::Levels levels = bidi::resolve(text);
    std::vector<char32_t> out;
    for (std::size_t i : bidi::visual_order(levels.levels)) {
        if (!bidi::is_control(text[i])) out.push_back(text[i]);
    }
    return utf8::encode(out);
}

// The level of the first occurrence of `cp` in `line`, resolved as a line alone.
int level_of(const std::string& line, char32_t cp) {
    const std::vector<char32_t> text = utf8::decode(line);
    const bidi::Levels levels = bidi::resolve(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == cp) return levels.levels[i];
    }
    return -1;
}

const std::string kReport = "the ministry's report (التقرير الوزاري) says 73% — see the annex";

}  // namespace

TEST_CASE("bidi: an English line that wraps inside Arabic keeps its paragraph's direction on the next line") {
    const kiosk::test::FixedMeasurer measurer;
    const FontSpec font{FontWeight::Regular, 20};
    const int width = measurer.width("the ministry's report (التقرير", font);
    const kiosk::WrappedParagraph wrapped = kiosk::wrap_paragraph(kReport, width, font, measurer);
    REQUIRE(wrapped.lines.size() >= 2);
    CHECK(wrapped.lines[0].text == "the ministry's report (التقرير");
    const std::string& second = wrapped.lines[1].text;
    // Alone, "الوزاري) says…" would start a right-to-left paragraph and mirror the bracket.
    CHECK_FALSE(bidi::resolve(utf8::decode(second)).rtl_paragraph);
    CHECK(level_of(second, U')') == 0);
    CHECK(visual(second).starts_with("يرازولا) says 73%"));  // the Arabic word, then ")", left to right
    for (const kiosk::TextLine& line : wrapped.lines) CHECK(line.width <= width);
}

TEST_CASE("bidi: a Hebrew paragraph that wraps keeps a line that starts with a time and English right to left") {
    const kiosk::test::FixedMeasurer measurer;
    const FontSpec font{FontWeight::Regular, 20};
    const std::string paragraph = "הכנס נפתח בשעה 12:30 in Hall B";  // "the conference opens at"
    const int width = measurer.width("הכנס נפתח בשעה", font);
    const kiosk::WrappedParagraph wrapped = kiosk::wrap_paragraph(paragraph, width, font, measurer);
    REQUIRE(wrapped.lines.size() >= 2);
    // Alone, "12:30 in Hall B" would be a left-to-right line with the time first.
    CHECK(wrapped.lines[1].text != "12:30 in Hall B");
    CHECK(bidi::resolve(utf8::decode(wrapped.lines[1].text)).rtl_paragraph);
    CHECK(visual(wrapped.lines[1].text) == "in Hall B 12:30");
}

TEST_CASE("bidi: a time inside right-to-left text reads 12:30, not 30:12") {
    CHECK(visual("הכנס נפתח בשעה 12:30").starts_with("12:30 "));
    CHECK(visual("يبدأ المؤتمر في 12:30 في القاعة").find("12:30") != std::string::npos);
}

TEST_CASE("bidi: a bracket pair around Hebrew after Hebrew takes one direction, so both brackets mirror alike") {
    const std::string line = "Title: שלום (עולם) is Hebrew";
    CHECK(level_of(line, U'(') == 1);
    CHECK(level_of(line, U')') == 1);
}

TEST_CASE("bidi: a meta line with an Arabic room reads left to right with the separator in place") {
    const std::string line = bidi::join_isolated({"قاعة المؤتمرات", "Anna-Karin Lindqvist, X"}, " \u00B7 ");
    CHECK_FALSE(bidi::right_to_left(line));
    CHECK(level_of(line, U'\u00B7') == 0);
    CHECK(visual(line) == "تارمتؤملا ةعاق · Anna-Karin Lindqvist, X");
    const kiosk::test::FixedMeasurer measurer;
    CHECK_FALSE(kiosk::fit_lines(line, 2000, FontSpec{FontWeight::Regular, 20}, 1, measurer).right_to_left);
}

TEST_CASE("bidi: a meta line all in Arabic reads right to left, and left-to-right parts are joined as they are") {
    CHECK(bidi::right_to_left(bidi::join_isolated({"قاعة المؤتمرات", "محمد علي"}, " \u00B7 ")));
    CHECK(bidi::join_isolated({"Hall A", "Ada", ""}, " \u00B7 ") == "Hall A \u00B7 Ada");
}

TEST_CASE("ellipsis: a cut line of an English paragraph that starts in Hebrew ends in an ellipsis on the right") {
    const kiosk::test::FixedMeasurer measurer;
    const FontSpec font{FontWeight::Regular, 20};
    // "Sold out: the tickets ran out very fast this morning and evening"
    const std::string text = "Sold out: כרטיסים אזלו מהר מאוד הבוקר והערב";
    const int width = measurer.width("Sold out: כרטיסים", font);
    const kiosk::FittedText fitted = kiosk::fit_lines(text, width, font, 2, measurer);
    REQUIRE(fitted.lines.size() == 2);
    CHECK(fitted.truncated);
    CHECK_FALSE(fitted.right_to_left);
    const std::string& last = fitted.lines.back().text;
    CHECK(last.ends_with("\u2026"));
    CHECK(visual(last).ends_with("\u2026"));  // read left to right, the text goes on past the right edge
    CHECK(visual(last) == "רהמ ולזא\u2026");  // its Hebrew reads right to left, then the ellipsis
    CHECK(fitted.lines.back().width <= width);
}

TEST_CASE("ellipsis: a cut Arabic paragraph ends in an ellipsis on the left, after its last word") {
    const kiosk::test::FixedMeasurer measurer;
    const FontSpec font{FontWeight::Regular, 20};
    const std::string text = "افتتاح المؤتمر في القاعة الكبرى مع كلمة الرئيس";  // "the opening in the great hall"
    const int width = measurer.width("افتتاح المؤتمر في", font);
    const kiosk::FittedText fitted = kiosk::fit_lines(text, width, font, 1, measurer);
    REQUIRE(fitted.lines.size() == 1);
    CHECK(fitted.right_to_left);
    CHECK(visual(fitted.lines[0].text).starts_with("\u2026"));
}

TEST_CASE("bidi: each paragraph is aligned by its own direction, an Arabic one after English at the right") {
    const kiosk::test::FixedMeasurer measurer;
    const FontSpec font{FontWeight::Regular, 20};
    const kiosk::FittedText fitted =
        kiosk::fit_lines("Opening remarks.\nكلمة الافتتاح", 1000, font, 0, measurer);  // "opening remarks"
    REQUIRE(fitted.lines.size() == 2);
    std::vector<kiosk::DrawItem> items;
    const kiosk::Rect area{100, 0, 1000, 200};
    kiosk::place_text(items, fitted, area, kiosk::Align::Start, kiosk::Colour{});
    REQUIRE(items.size() == 2);
    CHECK(std::get<kiosk::TextItem>(items[0]).box.x == area.x);
    CHECK(std::get<kiosk::TextItem>(items[1]).box.right() == area.right());
}
