// The window and renderer the kiosk draws to: fullscreen at the display's own size, or a window
// for development. SDL picks the video backend; the renderer is a GPU one only where there is a GPU.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

// Auto: the GPU renderer when the kernel lists a DRM device with a GPU driver, else SDL's software
// renderer, decided before any GL library is loaded. Software and Gpu force one; each falls back to
// the other when it cannot be created, so the screen is never left black.
enum class RendererChoice { Auto, Software, Gpu };

struct VideoOptions {
    std::optional<Size> window;    // a window of this size; none means fullscreen
    std::optional<Size> mode;      // fullscreen in this video mode; none means the desktop's own
    RendererChoice renderer = RendererChoice::Auto;
};

struct VideoOutput {
    WindowPtr window;              // declared first: destroyed after the renderer
    RendererPtr renderer;
    Size size;                     // output size in pixels
    std::string renderer_name;     // "opengl", "opengles2", "software", ...
    std::string driver_name;       // "x11", "wayland", "KMSDRM", "dummy", ...
    bool accelerated = false;
    bool vsync = false;
};

// True when SDL chose a driver that shows nothing ("offscreen", "dummy") though `requested` (the
// value of SDL_VIDEODRIVER, null when unset) did not ask for one: SDL falls back to its offscreen
// driver when it finds no X11, Wayland or KMS/DRM display, and a screen would then show no one.
bool is_unrequested_headless(std::string_view driver, const char* requested);

// Opens the output, with SDL's video already initialised. It fails when SDL found no real display
// and fell back to a headless driver that SDL_VIDEODRIVER did not name. Under Auto, a GL renderer
// that still turns out to be a CPU rasteriser (llvmpipe, softpipe) is replaced by SDL's software
// renderer on a plain framebuffer, which does the same work at a fraction of the memory and CPU.
// The error says what SDL reported.
Result<VideoOutput> open_video_output(const VideoOptions& options);

}  // namespace kiosk
