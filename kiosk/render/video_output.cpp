// Window and renderer creation, with the software fallback for GPU-less machines.
#include "kiosk/render/video_output.h"

#include <algorithm>
#include <cctype>

#include "kiosk/base/log.h"

namespace kiosk {
namespace {

constexpr unsigned kGlRenderer = 0x1F01;  // GL_RENDERER

// The GL implementation's name, from the renderer's current context; empty when not GL.
std::string gl_renderer_string() {
    using GetString = const unsigned char* (*)(unsigned);
    void* address = SDL_GL_GetProcAddress("glGetString");
    if (address == nullptr) return {};
    const auto get_string = reinterpret_cast<GetString>(address);
    const unsigned char* name = get_string(kGlRenderer);
    return name == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(name));
}

bool is_cpu_rasteriser(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* soft : {"llvmpipe", "softpipe", "software rasterizer", "swrast", "swr "}) {
        if (name.find(soft) != std::string::npos) return true;
    }
    return false;
}

Result<WindowPtr, std::string> create_window(const VideoOptions& options) {
    Uint32 flags = SDL_WINDOW_SHOWN;
    Size size = options.window.value_or(options.mode.value_or(Size{1280, 720}));
    // Fullscreen at the desktop's size from the start: without a window manager (Xvfb, a bare X
    // server) SDL may otherwise leave the window at its requested size.
    SDL_DisplayMode desktop{};
    if (!options.window && !options.mode && SDL_GetDesktopDisplayMode(0, &desktop) == 0) size = {desktop.w, desktop.h};
    if (!options.window) flags |= options.mode ? Uint32{SDL_WINDOW_FULLSCREEN} : Uint32{SDL_WINDOW_FULLSCREEN_DESKTOP};
    WindowPtr window(SDL_CreateWindow("kiosk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, size.w, size.h, flags));
    if (!window) return unexpected("cannot open a window: " + std::string(SDL_GetError()));
    return window;
}

RendererPtr create_software_renderer(SDL_Window& window) {
    return RendererPtr(SDL_CreateRenderer(&window, -1, SDL_RENDERER_SOFTWARE | SDL_RENDERER_TARGETTEXTURE));
}

Result<RendererPtr, std::string> create_renderer(SDL_Window& window) {
    RendererPtr renderer(SDL_CreateRenderer(&window, -1, SDL_RENDERER_PRESENTVSYNC | SDL_RENDERER_TARGETTEXTURE));
    SDL_RendererInfo info{};
    if (renderer && SDL_GetRendererInfo(renderer.get(), &info) == 0 && (info.flags & SDL_RENDERER_ACCELERATED) != 0) {
        const std::string gl = gl_renderer_string();
        if (!is_cpu_rasteriser(gl)) return renderer;
        log::info("the GPU is emulated (" + gl + "); drawing with the software renderer instead");
        renderer.reset();
    }
    if (!renderer) renderer = create_software_renderer(window);
    if (!renderer) return unexpected("cannot create a renderer: " + std::string(SDL_GetError()));
    return renderer;
}

}  // namespace

Result<VideoOutput, std::string> open_video_output(const VideoOptions& options) {
    // Without this hint SDL backs a software-rendered window with a GL texture on X11 and uploads
    // every frame through the GL stack. It only concerns software rendering; the environment
    // variable of the same name still overrides it.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    auto window = create_window(options);
    if (!window) return unexpected(window.error());
    auto renderer = create_renderer(**window);
    if (!renderer) return unexpected(renderer.error());
    VideoOutput out;
    out.window = std::move(*window);
    out.renderer = std::move(*renderer);
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(out.renderer.get(), &info);
    out.renderer_name = info.name != nullptr ? info.name : "";
    out.accelerated = (info.flags & SDL_RENDERER_ACCELERATED) != 0;
    out.vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    const char* driver = SDL_GetCurrentVideoDriver();
    out.driver_name = driver != nullptr ? driver : "";
    SDL_GetRendererOutputSize(out.renderer.get(), &out.size.w, &out.size.h);
    SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
    return out;
}

}  // namespace kiosk
