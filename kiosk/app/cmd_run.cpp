// `kiosk run`: the screen itself. Sets up the libraries, the display, the content feed and the
// service reporter in the order they depend on each other, then hands over to the frame loop.
#include <SDL.h>

#include <date/tz.h>
#include <atomic>
#include <cstdlib>
#include <ostream>

#include "kiosk/trust/minisign.h"
#include "kiosk/app/commands.h"
#include "kiosk/app/data_paths.h"
#include "kiosk/app/run_options.h"
#include "kiosk/app/run_settings.h"
#include "kiosk/base/build_info.h"
#include "kiosk/base/log.h"
#include "kiosk/content/local_time.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/render/sdl_library.h"
#include "kiosk/screen/slide_show.h"
#include "kiosk/service/quit_signals.h"
#include "kiosk/service/reload_signal.h"
#include "kiosk/service/service_paths.h"
#include "kiosk/service/test_hooks.h"

namespace kiosk {
namespace {

// The config (with the command line's overrides), after printing its problems; nothing when it
// cannot be used.
std::optional<Config> read_config(const RunOptions& o, CommandIo& io) {
    RunConfig read = read_run_config(o);
    for (const auto& d : read.diagnostics) io.err << format_diagnostic(d) << "\n";
    if (!read.config) io.err << "kiosk run: the config file " << read.path << " cannot be used\n";
    return std::move(read.config);
}

// Under systemd a missing panel is waited for; run by hand, it is an error the user can act on.
bool waits_for_display() {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    return socket != nullptr && *socket != '\0';
}

void no_display(const std::string& why, CommandIo& io) {
    io.err << "kiosk run: no usable display (" << why
           << "); to see the slides without one, use `kiosk render --out DIR`\n";
}

// The video output, or an empty one when a service waits for its panel; nothing (after one line
// saying why) when the display is missing and nobody will wait for it.
std::optional<std::optional<VideoOutput>> open_display(const VideoOptions& options, CommandIo& io) {
    std::string error;
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error = SDL_GetError();
    } else if (auto opened = open_video_output(options)) {
        return std::optional<VideoOutput>(std::move(*opened));
    } else {
        error = opened.error().message;
    }
    if (waits_for_display()) return std::optional<VideoOutput>();
    no_display(error, io);
    return std::nullopt;
}

ShowOptions show_options(const RunOptions& o, const Config& c) {
    ShowOptions s;
    s.screen.video.window = o.window;
    if (c.resolution) s.screen.video.mode = Size{c.resolution->width, c.resolution->height};
    s.screen.rotation = c.rotation;
    s.screen.video.renderer = c.renderer == RendererSetting::Software ? RendererChoice::Software
                              : c.renderer == RendererSetting::Gpu    ? RendererChoice::Gpu
                                                                      : RendererChoice::Auto;
    s.keyboard_quit = c.keyboard_quit;
    s.screen_name = screen_name_for(c);
    s.on_hours = c.on_hours;
    s.live_clock = !o.at.has_value();
    s.exit_after = o.exit_after;
    s.screenshot_dir = o.screenshot_dir;
    s.screenshot_interval = c.screenshot_interval;
    if (c.screenshot_interval.count() > 0) s.screenshot_path = screenshot_path_for(c);
    return s;
}

FeedOptions feed_options(const Config& c) {
    FeedOptions f;
    f.content = c.content_url;
    f.posts = c.posts_url;
    // Checked once at start (see cmd_run), after which the same folder is given on every call.
    const auto cache = usable_cache_dir(c);
    f.cache_dir = cache ? *cache : std::string();
    f.cache_max_bytes = static_cast<std::uint64_t>(c.cache_max_mib) << 20;
    f.poll_interval = c.poll_interval;
    // Tests shorten the minute a new snapshot must stay on screen before it is confirmed good.
    if (const auto confirm = test_confirm_after()) f.confirm_after = *confirm;
    f.posts_poll_interval = c.posts_poll_interval;
    f.room = c.room;
    f.tls.ca_file = c.ca_file;
    f.tls.pinned_public_key = c.pinned_public_key;
    for (const auto& key : c.trusted_keys) {
        if (auto parsed = trust::parse_public_key(key)) f.trusted_keys.push_back(*parsed);  // checked with the config
    }
    return f;
}

// --at, read in the event's zone. With no content yet it is read in the machine's zone for now,
// and the slide show reads it again in the event's when content arrives.
std::optional<ScreenClock> make_clock(const RunOptions& o, const ContentFeed& feed, CommandIo& io) {
    if (!o.at) return ScreenClock();
    const auto text = parse_date_time(*o.at, false);
    if (!text) {
        io.err << "kiosk run: --at \"" << *o.at << "\": " << text.error().message << "\n";
        return std::nullopt;
    }
    const auto content = feed.content();
    const date::time_zone* zone = content && content->event.zone ? content->event.zone : date::current_zone();
    auto clock = ScreenClock::at_local(text->local, *zone, o.speed);
    if (!clock) {
        io.err << "kiosk run: --at \"" << *o.at << "\": " << clock.error().message << "\n";
        return std::nullopt;
    }
    return std::move(*clock);
}

}  // namespace

int run_screen(const RunOptions& o, std::chrono::steady_clock::time_point launched, CommandIo& io) {
    auto config = read_config(o, io);
    if (!config) return 1;
    log::apply_level(config->log_level);
    if (const auto cache = usable_cache_dir(*config); !cache) {
        io.err << "kiosk run: " << cache.error().message << "\n";
        return 1;
    }

    // Signals are blocked before any thread exists, SDL's and curl's included.
    QuitSignals::block();
    install_reload_signal();
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    auto sdl = SdlLibrary::create(0);
    if (!sdl) {
        no_display(sdl.error().message, io);
        return 1;
    }
    ShowOptions show = show_options(o, *config);
    show.launched = launched;
    // The display comes first, so that a missing one is the only thing said.
    auto video = open_display(show.screen.video, io);
    if (!video) return 1;
    auto images = ImageLibrary::create();
    if (!images) {
        io.err << "kiosk run: " << images.error().message << "\n";
        return 1;
    }
    auto fonts = FontStack::load(assets_dir() + "/fonts");
    if (!fonts) {
        io.err << "kiosk run: " << fonts.error().message << "\n";
        return 1;
    }
    std::unique_ptr<ScreenOutput> output;
    if (*video) output = ScreenOutput::adopt(std::move(**video), show.screen.rotation, **fonts);

    const auto curl = CurlLibrary::create();
    if (!curl) {
        io.err << "kiosk run: " << curl.error().message << "\n";
        return 1;
    }
    ContentFeed feed(feed_options(*config));
    if (auto started = feed.start(); !started) {
        io.err << "kiosk run: " << started.error().message << "\n";
        return 2;
    }
    auto clock = make_clock(o, feed, io);
    if (!clock) return 2;
    ServiceReporter reporter(*config, kiosk_version(), launched);
    std::atomic<bool> quit{false};
    const QuitSignals signals([&quit](int) {
        quit = true;
        SDL_Event wake{};
        wake.type = SDL_USEREVENT;
        SDL_PushEvent(&wake);  // thread-safe: ends the frame loop's sleep at once
    });
    SlideShow slide_show(std::move(show), feed, *clock, **fonts, reporter, std::move(output));
    if (!run_config_path(o).empty()) {
        slide_show.reload_with(ConfigReloader(o, *config, [o](const Config& c) {
            return ShowSettings{show_options(o, c), feed_options(c), c};
        }));
    }
    const int status = slide_show.run(quit);
    if (status == 0) feed.stop_cleanly();
    return status;
}

int cmd_run(const Args& args, CommandIo& io) {
    const auto launched = std::chrono::steady_clock::now();
    if (asks_for_help(args)) return print_help(kRunUsage, io);
    const auto parsed = parse_run_options(args);
    if (!parsed) {
        io.err << "kiosk run: " << parsed.error().message << "\n" << kRunUsage;
        return 2;
    }
    return run_screen(*parsed, launched, io);
}

}  // namespace kiosk
