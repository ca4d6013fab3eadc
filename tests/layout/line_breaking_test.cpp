// Line breaking by UAX #14 and cuts between grapheme clusters (UAX #29), with real text in the
// scripts a venue's posts come in. Widths are the fixed measurer's: ASCII 0.55 em, others 1 em.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "kiosk/base/text_breaks.h"
#include "kiosk/layout/line_break.h"
#include "tests/layout/fixed_measurer.h"

namespace {

using kiosk::FontSpec;
using kiosk::FontWeight;

constexpr FontSpec kFont{FontWeight::Regular, 20};

std::vector<std::string> wrapped(const std::string& text, const std::string& widest_line) {
    const kiosk::test::FixedMeasurer measurer;
    const int width = measurer.width(widest_line, kFont);
    std::vector<std::string> out;
    for (const kiosk::TextLine& line : kiosk::wrap_paragraph(text, width, kFont, measurer).lines) {
        CHECK(line.width <= width);
        out.push_back(line.text);
    }
    return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("line break: a date is not broken after its first hyphen") {
    CHECK(wrapped("Deadline 2023-10-09", "Deadline 2023-") == Lines{"Deadline", "2023-10-09"});
}

TEST_CASE("line break: a URL breaks after a slash, never inside a name") {
    const Lines lines = wrapped("https://events.example.org/schedule/day-two", "https://events.example.org/sched");
    CHECK(lines == Lines{"https://events.example.org/", "schedule/day-two"});
}

TEST_CASE("line break: Chinese keeps an ASCII exclamation mark with the character before it") {
    CHECK(wrapped("我们明天见!", "我们明天见") == Lines{"我们明天", "见!"});
}

TEST_CASE("line break: Chinese keeps an ellipsis and a comma off the start of a line") {
    CHECK(wrapped("会议开始了…", "会议开始了") == Lines{"会议开始", "了…"});
    CHECK(wrapped("大家好,欢迎", "大家好") == Lines{"大家", "好,欢", "迎"});
}

TEST_CASE("line break: Japanese does not end a line with an opening bracket") {
    CHECK(wrapped("東京「渋谷」", "東京「") == Lines{"東京", "「渋", "谷」"});
}

TEST_CASE("line break: Japanese does not start a line with a small kana") {
    CHECK(wrapped("あいうえおちょっと", "あいうえおち") == Lines{"あいうえお", "ちょっと"});
}

TEST_CASE("line break: Devanagari and Yoruba words are cut between whole clusters") {
    // A word wider than the line is cut; no cluster (a consonant with its vowel sign, a letter with
    // its tone and under-dot) is split, so every line starts with a base letter.
    for (const std::string& word : {std::string("अन्तर्राष्ट्रीयकरण"), std::string("ẹ̀kọ́ọ̀ṣẹ́ẹ̀kọ́ọ̀ṣẹ́ẹ̀kọ́ọ̀ṣẹ́")}) {
        const Lines lines = wrapped(word, "xxxxxxxxxxxxxxxx");
        REQUIRE(lines.size() > 1);
        for (const std::string& line : lines) {
            const std::vector<std::size_t> ends = kiosk::breaks::cluster_ends(word);
            const std::size_t at = word.find(line);
            REQUIRE(at != std::string::npos);
            CHECK((at == 0 || std::find(ends.begin(), ends.end(), at) != ends.end()));
        }
    }
}

TEST_CASE("clusters: an emoji family, a flag and a skin-toned emoji are one cluster each") {
    CHECK(kiosk::breaks::cluster_ends("👨‍👩‍👧‍👦🇸🇪👩🏽‍💻") ==
          std::vector<std::size_t>{25, 33, 48});
}
