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

// What a photo's texture cost in decoding, charged to a slide each time the texture is used; or,
// for a placeholder drawn because the slide's budget was spent, what the photo would have cost.
struct DecodeCharge {
    std::int64_t pixels = 0;
    bool over_budget = false;
};

class TextureCache {
public:
    // Starts drawing a new display list: textures found or added from now on count as used by it.
    void begin_list();
    // Ends the list and evicts every texture it did not use.
    void end_list();

    // The texture stored under `key`, marked as used by the current list; nullptr when absent.
    SDL_Texture* find(const std::string& key);
    // Stores `texture` under `key` (replacing any previous one) with its charge, and returns it.
    SDL_Texture* insert(const std::string& key, TexturePtr texture, DecodeCharge charge = {});
    // The charge stored with `key`'s texture; nothing when absent.
    DecodeCharge charge(const std::string& key) const;
    // Every key held, with its charge: what a list prepared elsewhere need not make again.
    std::unordered_map<std::string, DecodeCharge> charges() const;
    // Drops everything, e.g. after the renderer lost its textures.
    void clear();

    std::size_t size() const { return entries_.size(); }
    // How many textures were ever inserted: a repaint of an unchanged slide adds none.
    std::uint64_t insertions() const { return insertions_; }

private:
    struct Entry {
        TexturePtr texture;
        std::uint64_t last_list = 0;
        DecodeCharge charge;
    };

    std::unordered_map<std::string, Entry> entries_;
    std::uint64_t list_ = 0;
    std::uint64_t insertions_ = 0;
};

}  // namespace kiosk
