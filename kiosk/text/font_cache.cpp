// A bounded cache of SDL_ttf fonts opened per (font file, pixel size).
#include "kiosk/text/font_cache.h"

#include <algorithm>
#include <climits>
#include <mutex>
#include <string>

#include "kiosk/base/log.h"

namespace kiosk::text {

namespace {

std::mutex& face_lifetime_mutex() {
    static std::mutex mutex;
    return mutex;
}

}  // namespace

void close_font(TTF_Font* font) noexcept {
    if (font == nullptr) return;
    const std::lock_guard lock(face_lifetime_mutex());
    TTF_CloseFont(font);
}

FontPtr open_font(FontBytes bytes, int px) {
    if (bytes.data == nullptr || bytes.size > static_cast<std::size_t>(INT_MAX)) return nullptr;
    const std::lock_guard lock(face_lifetime_mutex());
    SDL_RWops* stream = SDL_RWFromConstMem(bytes.data, static_cast<int>(bytes.size));
    if (stream == nullptr) return nullptr;
    // freesrc = 1: SDL_ttf closes the stream with the font, or at once if opening fails.
    return FontPtr(TTF_OpenFontRW(stream, 1, px));
}

TTF_Font* FontCache::get(std::size_t file, FontBytes bytes, int px) {
    ++clock_;
    for (Entry& entry : entries_) {
        if (entry.file == file && entry.px == px) {
            entry.last_used = clock_;
            return entry.font.get();
        }
    }
    const std::pair<std::size_t, int> key{file, px};
    if (std::find(failed_.begin(), failed_.end(), key) != failed_.end()) return nullptr;
    FontPtr font = open_font(bytes, px);
    if (!font) {
        failed_.push_back(key);
        log::warning("cannot open font file #" + std::to_string(file) + " at " + std::to_string(px) +
                     " px: " + TTF_GetError());
        return nullptr;
    }
    if (entries_.size() >= capacity_ && !entries_.empty()) {
        const auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
            return a.last_used < b.last_used;
        });
        entries_.erase(oldest);
    }
    entries_.push_back(Entry{file, px, std::move(font), clock_});
    return entries_.back().font.get();
}

}  // namespace kiosk::text
