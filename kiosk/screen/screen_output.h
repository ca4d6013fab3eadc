// The screen as the slide show sees it: two slide textures drawn once each, composed onto the
// display (turned by the configured rotation) with the incoming one faded over the outgoing one.
// Each texture is a full-screen buffer (7.9 MiB at 1080p), so they live only as long as needed:
// between fades the software renderer keeps none, since its window surface holds the slide.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/base/result.h"
#include "kiosk/layout/display_list.h"
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
    static Result<std::unique_ptr<ScreenOutput>, std::string> open(const ScreenOptions& options, const FontStack& fonts);
    // An output already opened (start-up opens it before loading fonts, so that a missing
    // display is reported before anything else is logged).
    static std::unique_ptr<ScreenOutput> adopt(VideoOutput video, int rotation, const FontStack& fonts);
    ~ScreenOutput();
    ScreenOutput(const ScreenOutput&) = delete;
    ScreenOutput& operator=(const ScreenOutput&) = delete;

    const VideoOutput& video() const { return video_; }
    // The size slides are laid out at: the output's, with width and height swapped at 90 and 270.
    Size slide_size() const;

    // Draws `list` into slide texture `slot` (0 or 1), once; showing it later costs one copy.
    bool draw(int slot, const DisplayList& list);
    // Composes the frame: slot `base` opaque, then `over` (if any) at `alpha` on top of it.
    void compose(int base, std::optional<int> over, std::uint8_t alpha);
    // Slot `front` alone is on screen until the next fade (call after present): textures that
    // only a fade or a repaint needs are released. A fade later composes `front` from the screen.
    void settle(int front);
    void present();
    // The composed frame (after compose, before present) as a PNG; the error when it failed.
    std::optional<std::string> save_png(const std::string& path);

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
    bool capture_screen(int slot);
    bool blend_on_cpu(int base, int over);
    bool covers_output() const;

    VideoOutput video_;                    // first: destroyed after every texture below
    int rotation_ = 0;
    TextureCache cache_;
    Painter painter_;
    std::array<TexturePtr, 2> slots_;
    // With the software renderer and no rotation, the slot whose slide the window surface holds
    // after settle(); its texture is released and captured again from the screen when needed.
    std::optional<int> on_screen_;
    SoftwareFade fade_;
};

}  // namespace kiosk
