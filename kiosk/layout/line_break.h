// Greedy line breaking of UTF-8 text at one font size, measured through the TextMeasurer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/draw/text_measurer.h"

namespace kiosk {

struct TextLine {
    std::string text;
    int width = 0;               // measured width at the size it was broken for
    bool right_to_left = false;  // its paragraph reads right to left (UAX #9 P2, P3)
};

struct WrappedParagraph {
    std::vector<TextLine> lines;
    bool fits = true;        // false when a single character is wider than the line
    bool cut_short = false;  // true when the text needs more than the lines asked for
};

// The text as paragraphs: split at newlines, characters no font can draw removed, runs of spaces
// collapsed to one and trimmed. Blank lines in a row collapse into one empty paragraph.
std::vector<std::string> split_paragraphs(std::string_view utf8, const TextMeasurer& measurer);

// Breaks one paragraph into lines no wider than `width`, filling each line greedily. Lines break
// only where UAX #14 allows (kiosk/base/text_breaks.h: after spaces, after "/" in a URL, between
// CJK characters but not before "。" or "っ"); a piece longer than a line is cut between grapheme
// clusters (never inside one). Each line keeps the bidi levels of its paragraph
// (bidi::lines_in_context). An empty paragraph gives one empty line, so blank lines keep their height. At most
// `max_lines` lines are made; the rest of the text is left, and `cut_short` says so.
WrappedParagraph wrap_paragraph(std::string_view paragraph, int width, FontSpec font, const TextMeasurer& measurer,
                                std::size_t max_lines = SIZE_MAX);

// The longest prefix of `text`, cut between characters, that is at most `width` wide with
// `suffix` appended. With a suffix (an ellipsis) a cut inside a word moves back to the line-break
// opportunity before it when there is one, separators left dangling at the end (" ·", ",", ":")
// are dropped, and bidi isolates left open are closed, so the suffix sits at the paragraph's level.
std::string longest_prefix(std::string_view text, std::string_view suffix, int width, FontSpec font,
                           const TextMeasurer& measurer);

}  // namespace kiosk
