// Splitting one line of text into runs that share a font of the fallback chain and a direction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/script.h"

namespace kiosk::text {

// Whether face `face` (an index into the fallback chain) has a glyph for `cp`.
using HasGlyph = std::function<bool(std::size_t face, char32_t cp)>;

// The drawable characters of a line, each with the face that will draw it.
struct FacedText {
    std::vector<char32_t> code_points;
    std::vector<std::size_t> faces;  // parallel to code_points
};

// A maximal stretch of text drawn with one face at one bidi level, in logical order.
struct TextRun {
    std::size_t face = 0;
    std::uint8_t level = 0;  // odd: right-to-left
    script::Script script = script::Script::Latin;
    std::string utf8;

    bool right_to_left() const { return level % 2 == 1; }
};

// Decodes `utf8` (dropping invalid bytes), turns tabs and line breaks into spaces, drops other
// controls but keeps bidi marks and isolates (they steer the line's order), and gives every character the first face in the chain that has it. Spaces,
// digits, punctuation and marks stay with the face of the character before them when it has
// them, so a phrase is not broken into runs at every space. Characters that no face has are
// dropped, as are invisible format characters with no character before them. At most
// `max_code_points` characters are read.
FacedText assign_faces(std::string_view utf8, std::size_t face_count, const HasGlyph& has_glyph,
                       std::size_t max_code_points);

// Groups faced text into runs by face and bidi level (UAX #9 through ICU, the line taken as a
// paragraph), each tagged with the script to shape it as (spaces and digits take the script of
// the text before them). Bidi controls act on the levels and are left out of the runs.
std::vector<TextRun> split_runs(const FacedText& text);

}  // namespace kiosk::text
