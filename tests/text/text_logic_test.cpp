// Tests for the font-free parts of the text engine: UTF-8 decoding, bidi levels, run splitting.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kiosk/base/bidi.h"
#include "kiosk/base/utf8.h"
#include "kiosk/text/text_runs.h"

namespace {

using kiosk::text::FacedText;
using kiosk::text::TextRun;
namespace bidi = kiosk::bidi;
namespace utf8 = kiosk::utf8;

// A two-face chain: face 0 has ASCII only, face 1 has Arabic letters and the space.
bool two_faces(std::size_t face, char32_t cp) {
    if (face == 0) return cp < 0x80;
    return (cp >= 0x0600 && cp <= 0x06FF) || cp == ' ';
}

std::vector<TextRun> runs_of(const std::string& text) {
    return kiosk::text::split_runs(kiosk::text::assign_faces(text, 2, two_faces, 1000));
}

}  // namespace

TEST_CASE("utf8: valid text decodes to its code points and encodes back unchanged") {
    const std::string text = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x8E\x89";  // a é 中 🎉
    const std::vector<char32_t> cps = utf8::decode(text);
    CHECK(cps == std::vector<char32_t>{U'a', 0xE9, 0x4E2D, 0x1F389});
    CHECK(utf8::encode(cps) == text);
}

TEST_CASE("utf8: invalid bytes are dropped and the valid text around them kept") {
    CHECK(utf8::decode("a\xFF" "b") == std::vector<char32_t>{U'a', U'b'});
    CHECK(utf8::decode("a\x80\xBF" "b") == std::vector<char32_t>{U'a', U'b'});    // stray continuations
    CHECK(utf8::decode("\xC0\xAF" "x") == std::vector<char32_t>{U'x'});           // overlong slash
    CHECK(utf8::decode("\xED\xA0\x80" "x") == std::vector<char32_t>{U'x'});       // surrogate
    CHECK(utf8::decode("\xF4\x90\x80\x80" "x") == std::vector<char32_t>{U'x'});   // past U+10FFFF
    CHECK(utf8::decode("x\xE4\xB8") == std::vector<char32_t>{U'x'});              // truncated at the end
    CHECK(utf8::decode("\xE4" "a") == std::vector<char32_t>{U'a'});               // truncated in the middle
}

TEST_CASE("bidi: a left-to-right line stays at level 0 and keeps its run order") {
    const bidi::Levels levels = bidi::resolve(utf8::decode("Hello, world 42"));
    CHECK_FALSE(levels.rtl_paragraph);
    for (auto level : levels.levels) CHECK(level == 0);
}

TEST_CASE("bidi: an Arabic line is a right-to-left paragraph and its numbers read left to right") {
    // "سلام 2023": letters at level 1, the space between strong R and a number is R, digits 2.
    const bidi::Levels levels = bidi::resolve(utf8::decode("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 2023"));
    CHECK(levels.rtl_paragraph);
    REQUIRE(levels.levels.size() == 9);
    CHECK(levels.levels[0] == 1);
    CHECK(levels.levels[4] == 1);
    CHECK(levels.levels[5] == 2);
    CHECK(levels.levels[8] == 2);
}

TEST_CASE("bidi: the first strong character decides the paragraph direction") {
    CHECK(bidi::resolve(utf8::decode("123 \xD8\xB3 abc")).rtl_paragraph);
    CHECK_FALSE(bidi::resolve(utf8::decode("123 abc \xD8\xB3")).rtl_paragraph);
}

TEST_CASE("bidi: runs are reordered by level, right-to-left runs reversed as a block") {
    CHECK(bidi::visual_order({0, 0, 0}) == std::vector<std::size_t>{0, 1, 2});
    CHECK(bidi::visual_order({1, 1, 1}) == std::vector<std::size_t>{2, 1, 0});
    CHECK(bidi::visual_order({0, 1, 1, 0}) == std::vector<std::size_t>{0, 2, 1, 3});
    // Latin inside an Arabic paragraph keeps its own order: R L L R -> R L L R reversed.
    CHECK(bidi::visual_order({1, 2, 2, 1}) == std::vector<std::size_t>{3, 1, 2, 0});
}

TEST_CASE("runs: characters go to the first face that has them, unknown ones are dropped") {
    const FacedText faced = kiosk::text::assign_faces("a\xD8\xB3\xEE\x80\x80" "b", 2, two_faces, 100);
    CHECK(faced.code_points == std::vector<char32_t>{U'a', 0x0633, U'b'});
    CHECK(faced.faces == std::vector<std::size_t>{0, 1, 0});
}

TEST_CASE("runs: spaces between Arabic words stay in the Arabic run") {
    // "abc سلام عليكم": one Latin run, then one Arabic run holding both words and the space.
    const std::vector<TextRun> runs = runs_of("abc \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85");
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].face == 0);
    CHECK(runs[0].utf8 == "abc ");
    CHECK_FALSE(runs[0].right_to_left());
    CHECK(runs[1].face == 1);
    CHECK(runs[1].right_to_left());
    CHECK(runs[1].script == kiosk::script::Script::Arabic);
}

TEST_CASE("runs: joiners and variation selectors stay with their base, even without a glyph") {
    const FacedText faced = kiosk::text::assign_faces("a\xE2\x80\x8D" "b\xEF\xB8\x8F", 2, two_faces, 100);
    CHECK(faced.code_points == std::vector<char32_t>{U'a', 0x200D, U'b', 0xFE0F});
    CHECK(faced.faces == std::vector<std::size_t>{0, 0, 0, 0});
    // With nothing before it, a lone joiner is dropped.
    CHECK(kiosk::text::assign_faces("\xE2\x80\x8D", 2, two_faces, 100).code_points.empty());
}

TEST_CASE("runs: tabs and newlines become spaces and other controls are dropped") {
    const FacedText faced = kiosk::text::assign_faces("a\tb\nc\x01" "d\x7F", 2, two_faces, 100);
    CHECK(utf8::encode(faced.code_points) == "a b cd");
}

TEST_CASE("runs: at most the given number of characters are read") {
    CHECK(kiosk::text::assign_faces(std::string(50, 'x'), 2, two_faces, 10).code_points.size() == 10);
}

TEST_CASE("runs: an isolated Arabic room keeps a meta line left to right, and the isolate draws nothing") {
    // FSI "قاعة" PDI " · Anna": no face has the isolate characters, yet they steer the order.
    const std::string line = bidi::isolate("\xD9\x82\xD8\xA7\xD8\xB9\xD8\xA9") + " \xC2\xB7 Anna";
    const std::vector<TextRun> runs = runs_of(line);
    REQUIRE(runs.size() >= 2);
    CHECK(runs.front().right_to_left());
    CHECK(runs.back().level == 0);  // alone, the line would be right to left and "Anna" at level 2
    for (const TextRun& run : runs) {
        for (char32_t cp : utf8::decode(run.utf8)) CHECK_FALSE(bidi::is_control(cp));
    }
}
