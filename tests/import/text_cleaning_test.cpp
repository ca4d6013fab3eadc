// Text from other people's tools: entities, Markdown, HTML, whitespace, dates and durations.
#include <doctest/doctest.h>

#include "kiosk/import/entities.h"
#include "kiosk/import/html_text.h"
#include "kiosk/import/markdown_text.h"
#include "kiosk/import/text_shape.h"
#include "kiosk/import/rfc822_date.h"
#include "kiosk/import/time_text.h"

namespace kiosk::import {

TEST_CASE("text: entities are decoded once, and twice only where the source escaped twice") {
    CHECK(decode_entities("Q&amp;A &#39;quoted&#39; &#x1F600; &hellip;") == "Q&A 'quoted' 😀 …");
    CHECK(decode_entities("&amp;quot;twice&amp;quot;") == "\"twice\"");
    CHECK(decode_entities("AT&amp;T &amp;lt;") == "AT&T <");
    CHECK(decode_entities("AT&T &unknown; & alone") == "AT&T &unknown; & alone");
    CHECK(decode_entities("&#0; &#xD800;") == "\uFFFD \uFFFD");
}

TEST_CASE("text: every HTML entity name is decoded, not only the common ones") {
    CHECK(decode_entities("Jos&eacute; &aacute;lvarez &Ccaron;apek &ncaron; &CounterClockwiseContourIntegral;") ==
          "José álvarez Čapek ň ∳");
    CHECK(decode_entities("&notit; &nosuchname; &aacute") == "&notit; &nosuchname; &aacute");
    CHECK(clean_rich("Caf&eacute; *con* le&ccedil;on &aacute;") == "Café con leçon á");
}

TEST_CASE("text: Markdown that is not markup stays as written") {
    CHECK(markdown_to_text("see [1] and [docs](u)") == "see [1] and docs");
    CHECK(markdown_to_text("Why 2*3=6 matters") == "Why 2*3=6 matters");
    CHECK(markdown_to_text("a <b>bold</b> move\n\n> quoted **text**") == "a bold move\n\nquoted text");
    CHECK(markdown_inline_text("# not a heading *here*\n1. first") == "# not a heading here\n1. first");
}

TEST_CASE("text: Mastodon HTML keeps paragraphs and breaks, drops invisible spans, ends ellipsis spans") {
    const std::string html =
        "<p>One <a href=\"x\"><span class=\"invisible\">https://www.</span><span class=\"ellipsis\">example.com/"
        "abc</span><span class=\"invisible\">def</span></a></p><p>Two<br>three &amp; four</p>";
    CHECK(html_to_text(html) == "One example.com/abc…\n\nTwo\nthree & four");
    CHECK(html_to_text("<script>alert(1)</script><p>ok</p><!-- hidden -->") == "ok");
    CHECK(html_to_text("a\n   b") == "a b");
}

TEST_CASE("text: Markdown marks leave the screen, snake_case stays") {
    CHECK(shape_paragraphs(markdown_to_text("# Title\nSome **bold** and _em_ with `code` and snake_case_name.")) ==
          "Title\n\nSome bold and em with code and snake_case_name.");
    CHECK(shape_paragraphs(markdown_to_text("See [the docs](https://x.org) ![logo](l.png)\n- one\n- two")) ==
          "See the docs logo\n• one\n• two");
    CHECK(clean_rich("line one\r\nline two\r\n\r\nnext") == "line one line two\n\nnext");
    CHECK(clean_rich("Wien.\\r\\n\\r\\nJournalist") == "Wien.\n\nJournalist");
}

TEST_CASE("text: HTML is told from text that only mentions angle brackets") {
    CHECK(looks_like_html("<p>hi</p>"));
    CHECK(looks_like_html("a<br/>b"));
    CHECK_FALSE(looks_like_html("I <3 C++ and x < y > z"));
    CHECK_FALSE(looks_like_html("mail <someone@example.org>"));
    CHECK(clean_line("  I <3   padded\ttitles  ") == "I <3 padded titles");
}

TEST_CASE("text: long names are cut at a word with an ellipsis") {
    CHECK(truncate_text("short", 10) == "short");
    CHECK(truncate_text("one two three four", 12) == "one two…");
    CHECK(char_count(truncate_text("ääääääääää", 5)) == 5);
}

TEST_CASE("text: a cut never splits a Yoruba letter from its tone mark, nor an emoji sequence") {
    // "ọ̀" is ọ (U+1ECD) with a combining grave accent: a cut after the ọ would change the word.
    CHECK(truncate_text("ọ̀ọ̀ọ̀ọ̀ọ̀ọ̀", 4) == "ọ̀…");
    CHECK(truncate_text("👩🏽‍💻👩🏽‍💻👩🏽‍💻", 4) == "…");
}

TEST_CASE("time: RFC 3339, RFC 822 and H:MM durations") {
    const auto stamp = parse_rfc3339("2017-04-21T15:00:42.000Z");
    REQUIRE(stamp);
    CHECK(stamp->offset == std::chrono::seconds(0));
    CHECK_FALSE(parse_rfc3339("2019-08-21T11:00:00")->offset.has_value());
    CHECK_FALSE(parse_rfc3339("2019-02-30T11:00:00Z"));
    CHECK_FALSE(parse_rfc3339("yesterday"));
    CHECK(parse_clock_duration("0:30") == std::chrono::minutes(30));
    CHECK(parse_clock_duration("01:30") == std::chrono::minutes(90));
    CHECK(parse_clock_duration("01:30:15") == std::chrono::seconds(5415));
    CHECK_FALSE(parse_clock_duration("90"));
    CHECK_FALSE(parse_clock_duration("1:3"));
    const auto a = parse_rfc822("Mon, 09 Oct 2023 17:30:00 +0100");
    const auto b = parse_rfc822("9 Oct 2023 16:30 GMT");
    REQUIRE(a);
    CHECK(a == b);
    CHECK(parse_rfc822("Mon, 09 Oct 2023 12:30:00 EDT") == a);
    CHECK_FALSE(parse_rfc822("31 Feb 2023 10:00 GMT"));
    CHECK_FALSE(parse_rfc822("soon"));
    CHECK(parse_rfc822("Mon, 09 Oct 2023 18:30:00 CEST") == a);  // zone names past the North American ones
    CHECK(parse_rfc822("Tue, 10 Oct 2023 01:30:00 JST") == a);
    CHECK(parse_rfc822("Monday, 09-Oct-23 16:30:00 GMT") == a);  // RFC 850
}

}  // namespace kiosk::import
