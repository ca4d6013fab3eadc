// The fallback chain of font files, mapped into memory, with glyph coverage queries. A fallback
// face costs (almost) nothing until a text needs one of its characters.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/base/result.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/text/font_cache.h"
#include "kiosk/text/mapped_file.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk::text {

// Faces in fallback order, each with a regular and (where the family has one) a bold file.
// SDL_ttf must be initialised while a FontChain exists.
class FontChain {
public:
    // Maps the chain from `fonts_dir`. Fails when the main face's regular file is missing or
    // unusable; other missing files are logged and left out. Only the main face is opened here:
    // the others are opened when a character asks for them, and one that then turns out broken
    // is logged once and has no glyphs.
    static Result<FontChain> load(const std::string& fonts_dir);

    // Another chain over the same mapped files (read-only, so shared between threads), with
    // fonts of its own: each thread that draws text needs its own SDL_ttf fonts.
    FontChain share() const;

    std::size_t face_count() const { return faces_.size(); }
    std::size_t file_count() const { return files_.size(); }

    // The file that draws `face` at `weight`: the bold file, or the regular one for families
    // without bold (their text stays regular rather than being smeared by synthetic bold).
    std::size_t file_of(std::size_t face, FontWeight weight) const;
    FontBytes bytes(std::size_t file) const;
    const std::string& file_name(std::size_t file) const { return files_[file].name; }

    bool has_glyph(std::size_t face, FontWeight weight, char32_t cp) const;

private:
    struct File {
        std::string name;
        std::shared_ptr<const MappedFile> bytes;
        mutable FontPtr probe;  // a small size, for coverage queries only; declared after `bytes`
        mutable bool broken = false;
    };
    struct Face {
        std::size_t regular = 0;
        std::size_t bold = 0;
    };

    FontChain() = default;
    Result<std::size_t> add_file(const std::string& fonts_dir, const char* name);
    TTF_Font* probe(std::size_t file) const;

    std::vector<File> files_;
    std::vector<Face> faces_;
};

}  // namespace kiosk::text
