// Generation-based eviction: each texture remembers the last display list that used it.
#include "kiosk/render/texture_cache.h"

#include <iterator>

namespace kiosk {

void TextureCache::begin_list() { ++list_; }

void TextureCache::end_list() {
    for (auto it = entries_.begin(); it != entries_.end();) {
        it = it->second.last_list < list_ ? entries_.erase(it) : std::next(it);
    }
}

SDL_Texture* TextureCache::find(const std::string& key) {
    const auto it = entries_.find(key);
    if (it == entries_.end()) return nullptr;
    it->second.last_list = list_;
    return it->second.texture.get();
}

SDL_Texture* TextureCache::insert(const std::string& key, TexturePtr texture, DecodeCharge charge) {
    ++insertions_;
    Entry& entry = entries_[key];
    entry.texture = std::move(texture);
    entry.last_list = list_;
    entry.charge = charge;
    return entry.texture.get();
}

DecodeCharge TextureCache::charge(const std::string& key) const {
    const auto it = entries_.find(key);
    return it == entries_.end() ? DecodeCharge{} : it->second.charge;
}

std::unordered_map<std::string, DecodeCharge> TextureCache::charges() const {
    std::unordered_map<std::string, DecodeCharge> out;
    for (const auto& [key, entry] : entries_) out.emplace(key, entry.charge);
    return out;
}

void TextureCache::clear() { entries_.clear(); }

}  // namespace kiosk
