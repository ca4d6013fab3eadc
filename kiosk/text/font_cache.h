// A bounded cache of SDL_ttf fonts opened per (font file, pixel size), least recently used out first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "kiosk/text/sdl_ptrs.h"

namespace kiosk::text {

// The bytes of one font file, read once at start-up; every size is opened from them.
struct FontBytes {
    const unsigned char* data = nullptr;
    std::size_t size = 0;
};

class FontCache {
public:
    explicit FontCache(std::size_t capacity) : capacity_(capacity) {}

    // The font for file `file` at `px` pixels, opened from `bytes` on first use. The pointer
    // stays valid until `capacity` other (file, size) pairs have been asked for since. Returns
    // nullptr (and logs once per pair) when SDL_ttf cannot open the font.
    TTF_Font* get(std::size_t file, FontBytes bytes, int px);

    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        std::size_t file = 0;
        int px = 0;
        FontPtr font;
        std::uint64_t last_used = 0;
    };

    std::size_t capacity_;
    std::uint64_t clock_ = 0;
    std::vector<Entry> entries_;
    // Pairs that failed to open, so a broken size is neither retried nor logged every frame.
    std::vector<std::pair<std::size_t, int>> failed_;
};

// Opens a font from bytes in memory at a pixel size; the bytes must outlive the font.
//
// Every FontStack (one per thread that draws text) opens its own fonts, but SDL_ttf creates and
// frees FreeType faces on one FT_Library shared by the process, and FreeType requires that to be
// serialised. Opening here and closing through FontPtr's deleter take one process-wide lock;
// everything else a font does touches only that font, used by one thread.
FontPtr open_font(FontBytes bytes, int px);

}  // namespace kiosk::text
