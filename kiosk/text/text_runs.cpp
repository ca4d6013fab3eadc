// Splitting one line of text into runs by font and direction.
#include "kiosk/text/text_runs.h"

#include <optional>

#include "kiosk/base/utf8.h"
#include "kiosk/base/bidi.h"

namespace kiosk::text {
namespace {

using script::Script;

std::optional<std::size_t> first_face_with(char32_t cp, std::size_t face_count, const HasGlyph& has_glyph) {
    for (std::size_t face = 0; face < face_count; ++face) {
        if (has_glyph(face, cp)) return face;
    }
    return std::nullopt;
}

// Which face draws `cp`, given the face of the character before it (if any).
std::optional<std::size_t> face_for(char32_t cp, std::optional<std::size_t> previous, std::size_t face_count,
                                    const HasGlyph& has_glyph) {
    if (previous) {
        // Joiners and variation selectors stay with their base even when its face lacks them:
        // HarfBuzz hides default-ignorable characters that a font does not map.
        if (script::is_default_ignorable(cp)) return previous;
        const bool follows = script::is_sticky(cp) || script::script_of(cp) == Script::Common;
        if (follows && has_glyph(*previous, cp)) return previous;
    } else if (script::is_default_ignorable(cp)) {
        return std::nullopt;
    }
    return first_face_with(cp, face_count, has_glyph);
}

// The script of each run: its first character with a script of its own, else the script of
// the text before it, else Latin (for a line of digits or punctuation only).
void assign_scripts(std::vector<TextRun>& runs, const std::vector<Script>& first_scripts) {
    Script previous = Script::Latin;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        runs[i].script = first_scripts[i] == Script::Common ? previous : first_scripts[i];
        previous = runs[i].script;
    }
}

}  // namespace

FacedText assign_faces(std::string_view utf8, std::size_t face_count, const HasGlyph& has_glyph,
                       std::size_t max_code_points) {
    FacedText out;
    std::optional<std::size_t> previous;
    std::size_t read = 0;
    for (char32_t cp : utf8::decode(utf8)) {
        if (read++ == max_code_points) break;
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) cp = ' ';
        if (script::is_control(cp)) continue;
        if (bidi::is_control(cp)) {
            // Kept for the bidi resolution of the line, never drawn: no face needs a glyph for it.
            out.code_points.push_back(cp);
            out.faces.push_back(previous.value_or(0));
            continue;
        }
        const std::optional<std::size_t> face = face_for(cp, previous, face_count, has_glyph);
        if (!face) continue;
        out.code_points.push_back(cp);
        out.faces.push_back(*face);
        previous = face;
    }
    return out;
}

std::vector<TextRun> split_runs(const FacedText& text) {
    const bidi::Levels levels = bidi::resolve(text.code_points);
    std::vector<TextRun> runs;
    std::vector<Script> first_scripts;
    for (std::size_t i = 0; i < text.code_points.size(); ++i) {
        const char32_t cp = text.code_points[i];
        if (bidi::is_control(cp)) continue;
        const std::uint8_t level = levels.levels[i];
        // A mark joins the run of its base, in the base's face, even where bidi resolution
        // would split them.
        const bool same_face = !runs.empty() && runs.back().face == text.faces[i];
        const bool joins = same_face && (script::is_sticky(cp) || runs.back().level == level);
        if (!joins) {
            runs.push_back(TextRun{text.faces[i], level, Script::Common, {}});
            first_scripts.push_back(Script::Common);
        }
        const Script script = script::script_of(cp);
        if (first_scripts.back() == Script::Common && script != Script::Common && !script::is_sticky(cp)) {
            first_scripts.back() = script;
        }
        utf8::append(runs.back().utf8, cp);
    }
    assign_scripts(runs, first_scripts);
    return runs;
}

}  // namespace kiosk::text
