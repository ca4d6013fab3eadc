// The screen as the slide show sees it: two slides, each drawn once, shown with the incoming one
// faded over the outgoing one. With SDL's software renderer and an unturned picture (a board with
// no GPU), slides are painted straight into the window surface, the only full-screen buffer, and
// a fade keeps just the pixels that change. Otherwise (a GPU, or a turned picture) each slide is a
// texture (7.9 MiB at 1080p), composed onto the display by SDL and turned by the rotation.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/result.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/render/painter.h"
#include "kiosk/render/software_fade.h"
#include "kiosk/render/texture_cache.h"
#include "kiosk/render/video_output.h"
#include "kiosk/text/font_stack.h"

namespace kiosk {

struct ScreenOptions {
    VideoOptions video;
    int rotation = 0;  // degrees clockwise: 0, 90, 180 or 270
};

class ScreenOutput {
public:
    static Result<std::unique_ptr<ScreenOutput>> open(const ScreenOptions& options, const FontStack& fonts);
    // An output already opened (start-up opens it before loading fonts, so that a missing
    // display is reported before anything else is logged).
    static std::unique_ptr<ScreenOutput> adopt(VideoOutput video, int rotation, const FontStack& fonts);
    ~ScreenOutput();
    ScreenOutput(const ScreenOutput&) = delete;
    ScreenOutput& operator=(const ScreenOutput&) = delete;

    const VideoOutput& video() const { return video_; }
    // The size slides are laid out at: the output's, with width and height swapped at 90 and 270.
    Size slide_size() const;

    // Draws `list` as slide `slot` (0 or 1), once; nothing changes on screen before compose()
    // and present(). The slot shown last stays the fade's outgoing slide. Lines and photos in
    // `prepared` are used rather than made again (see Painter::paint).
    bool draw(int slot, const DisplayList& list, PreparedPixels* prepared = nullptr);
    // What the textures held now are, for preparing the next slide without them.
    CachedCharges cached_charges() const { return cache_.charges(); }
    // Composes the frame: slot `base` opaque, then `over` (if any) at `alpha` on top of it.
    void compose(int base, std::optional<int> over, std::uint8_t alpha);
    // Slot `front` alone is on screen until the next fade (call after present): what only the
    // fade needed is released.
    void settle(int front);
    void present();
    // The share of the screen a fade frame changes, 0..1 (1 when SDL composes whole frames).
    double fade_share() const;
    // The composed frame (after compose, before present) as a PNG; the error when it failed.
    Status save_png(const std::string& path);

    // Turns the picture by `degrees` from now on. Slides already drawn keep their old shape
    // and must be drawn again, as after refresh_size().
    void set_rotation(int degrees) { rotation_ = degrees; }
    // The window changed size: slide textures are dropped and must be drawn again.
    void refresh_size();
    // Render targets lost their contents (SDL_RENDER_TARGETS_RESET): drop them and the cache.
    void forget_textures();

private:
    ScreenOutput(VideoOutput video, int rotation, const FontStack& fonts);
    SDL_Texture* slot_texture(int slot);
    bool covers_output() const;
    bool on_window() const;
    bool draw_on_window(int slot, const DisplayList& list, PreparedPixels* prepared);
    void compose_on_window(int base, std::optional<int> over, std::uint8_t alpha);
    void populate(SDL_Surface& surface);
    void paint_on_window(int slot, const DisplayList& list, PreparedPixels* prepared = nullptr);
    void finish_fade(SDL_Surface& surface, bool incoming);

    VideoOutput video_;                    // first: destroyed after every texture below
    int rotation_ = 0;
    TextureCache cache_;
    Painter painter_;
    std::array<TexturePtr, 2> slots_;  // textures, unless slides are painted on the window
    // Painting on the window: the slot whose slide it shows, and during a fade the incoming one.
    std::optional<int> on_screen_;
    DisplayList shown_list_;     // what on_screen_ shows, to paint it again
    int incoming_ = 0;
    DisplayList incoming_list_;
    SoftwareFade fade_;
    const SDL_Surface* populated_ = nullptr;  // the window surface whose pages are in memory
    std::optional<std::vector<Rect>> changed_;  // what present() must show; none: everything
};

}  // namespace kiosk
