// Textures kept between frames, keyed by what they show, so an unchanged slide is never
// rasterised twice when it is drawn again (its clock's minute changed). Only what the last display
// list used survives: the slide before it is already drawn, and its text and photos would only hold
// memory until the deck comes round to it again.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

class TextureCache {
public:
    // Starts drawing a new display list: textures found or added from now on count as used by it.
    void begin_list();
    // Ends the list and evicts every texture it did not use.
    void end_list();

    // The texture stored under `key`, marked as used by the current list; nullptr when absent.
    SDL_Texture* find(const std::string& key);
    // Stores `texture` under `key` (replacing any previous one) and returns it. `decoded_pixels`
    // is what making it cost in decoding, charged again to the slide each time it is found.
    SDL_Texture* insert(const std::string& key, TexturePtr texture, std::int64_t decoded_pixels = 0);
    // The decoded pixels stored with `key`'s texture; 0 when absent.
    std::int64_t decoded_pixels(const std::string& key) const;
    // Drops everything, e.g. after the renderer lost its textures.
    void clear();

    std::size_t size() const { return entries_.size(); }
    // How many textures were ever inserted: a repaint of an unchanged slide adds none.
    std::uint64_t insertions() const { return insertions_; }

private:
    struct Entry {
        TexturePtr texture;
        std::uint64_t last_list = 0;
        std::int64_t decoded_pixels = 0;
    };

    std::unordered_map<std::string, Entry> entries_;
    std::uint64_t list_ = 0;
    std::uint64_t insertions_ = 0;
};

}  // namespace kiosk
