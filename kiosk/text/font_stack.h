// The kiosk's fonts: a fallback chain over several scripts that measures and renders one line of text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.h"
#include "kiosk/draw/colour.h"
#include "kiosk/draw/text_measurer.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

// Loads the bundled fonts from one folder (assets/fonts) and draws single lines with them.
//
// The chain is, in order: Noto Sans (regular and bold; required), then Noto Sans Arabic,
// Noto Sans Devanagari, a CJK fallback and a symbols/emoji face (each optional: a missing
// file is logged once at load and skipped). Every character goes to the first face that has
// a glyph for it; a character that no face has is dropped, never drawn as an empty box.
// Runs are shaped by HarfBuzz through SDL_ttf, with the script and direction set per run,
// and ordered by the Unicode bidirectional algorithm (kiosk/base/bidi.h, from ICU). Each
// line is resolved as a paragraph; wrapped lines carry their paragraph's levels in marks
// and isolates (bidi::lines_in_context).
//
// Fonts are opened lazily per (face, weight, pixel size) and kept in a bounded cache, which
// is why the const methods mutate internal state. Use a FontStack from one thread only:
// SDL_ttf fonts are not thread-safe. Another thread gets a sibling() of its own.
class FontStack final : public TextMeasurer {
    struct PrivateTag {};
    struct Impl;

public:
    // Reads every font file into memory and checks it opens. Fails only when the main face
    // (NotoSans-Regular.ttf) is missing or broken, or SDL_ttf cannot start.
    static Result<std::unique_ptr<FontStack>> load(const std::string& fonts_dir);

    // Another stack over the same font files' bytes, with its own fonts and caches, for another
    // thread. Create and destroy it on the thread that created this one; use it on one thread.
    Result<std::unique_ptr<FontStack>> sibling() const;

    FontStack(PrivateTag, std::unique_ptr<Impl> impl);
    FontStack(const FontStack&) = delete;
    FontStack& operator=(const FontStack&) = delete;
    ~FontStack() override;

    // Pixel sizes are clamped to 4..400. A line is cut after 4096 characters and at 8192
    // pixels: nothing wider fits a screen, and it bounds the surface render_line allocates.

    // TextMeasurer: widths are the sum of the shaped runs exactly as render_line draws them.
    int width(std::string_view utf8, FontSpec font) const override;
    int line_height(FontSpec font) const override;
    std::string drawable(std::string_view utf8) const override;

    // Distance in pixels from the top of the line box to the common baseline.
    int baseline(FontSpec font) const;

    // One line as a blended ARGB8888 surface of exactly width() x line_height(), transparent
    // where there is no ink; nullptr when nothing drawable is left (or on an SDL failure,
    // which is logged).
    SurfacePtr render_line(std::string_view utf8, FontSpec font, Colour colour) const;

    // File names of the faces in the chain, main face first, for the start-up log.
    std::vector<std::string> face_files() const;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk
