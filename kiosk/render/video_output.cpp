// Window and renderer creation: the software renderer on GPU-less machines, decided without GL.
#include "kiosk/render/video_output.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "kiosk/base/log.h"
#include "kiosk/render/gpu_probe.h"

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

Result<WindowPtr> create_window(const VideoOptions& options) {
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

// A GPU renderer; with `refuse_emulated`, none when GL turns out to be a CPU rasteriser.
RendererPtr create_gpu_renderer(SDL_Window& window, bool refuse_emulated) {
    RendererPtr renderer(SDL_CreateRenderer(&window, -1, SDL_RENDERER_PRESENTVSYNC | SDL_RENDERER_TARGETTEXTURE));
    SDL_RendererInfo info{};
    if (!renderer || SDL_GetRendererInfo(renderer.get(), &info) != 0) return nullptr;
    if ((info.flags & SDL_RENDERER_ACCELERATED) == 0 || !refuse_emulated) return renderer;
    const std::string gl = gl_renderer_string();
    if (!is_cpu_rasteriser(gl)) return renderer;
    log::info("the GPU is emulated (" + gl + "); drawing with the software renderer instead");
    return nullptr;
}

// Whether to try the GPU first. Auto asks the kernel, not GL: loading Mesa only to find llvmpipe
// behind it costs start-up time and leaves its libraries mapped (tens of MiB) for good.
bool gpu_first(RendererChoice choice) {
    if (choice != RendererChoice::Auto) return choice == RendererChoice::Gpu;
    const std::vector<std::string> drivers = drm_device_drivers();
    if (has_gpu_driver(drivers)) return true;
    std::string listed;
    for (const std::string& d : drivers) listed += (listed.empty() ? "" : ", ") + (d.empty() ? "virtual" : d);
    log::info("no GPU (" + (listed.empty() ? std::string("no DRM device") : "DRM drivers: " + listed) +
              "); drawing with the software renderer");
    return false;
}

Result<RendererPtr> create_renderer(SDL_Window& window, RendererChoice choice) {
    RendererPtr renderer;
    if (gpu_first(choice)) {
        renderer = create_gpu_renderer(window, choice == RendererChoice::Auto);
        if (!renderer) renderer = create_software_renderer(window);
    } else {
        renderer = create_software_renderer(window);
        // Some video backends (KMSDRM) have no plain framebuffer and draw only through GL.
        if (!renderer) renderer = create_gpu_renderer(window, false);
    }
    if (!renderer) return unexpected("cannot create a renderer: " + std::string(SDL_GetError()));
    return renderer;
}

}  // namespace

bool is_unrequested_headless(std::string_view driver, const char* requested) {
    const bool headless = driver == "offscreen" || driver == "dummy";
    return headless && (requested == nullptr || *requested == '\0');
}

Result<VideoOutput> open_video_output(const VideoOptions& options) {
    const char* current = SDL_GetCurrentVideoDriver();
    if (current != nullptr && is_unrequested_headless(current, SDL_getenv("SDL_VIDEODRIVER"))) {
        return unexpected("no X11, Wayland or KMS/DRM display; SDL offers only its headless '" + std::string(current) +
                          "' driver, which is used only when SDL_VIDEODRIVER names it");
    }
    // Without this hint SDL backs a software-rendered window with a GL texture on X11 and uploads
    // every frame through the GL stack. It only concerns software rendering; the environment
    // variable of the same name still overrides it.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    auto window = create_window(options);
    if (!window) return unexpected(window.error());
    auto renderer = create_renderer(**window, options.renderer);
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
