// The slide show's side of the outside world: SDL events (keys, windows, displays that come and
// go), screenshots, and what it reports to systemd and the status file.
#include <cstdio>

#include "kiosk/base/clock.h"
#include "kiosk/base/log.h"
#include "kiosk/screen/slide_show.h"

namespace kiosk {

using namespace std::chrono;

namespace {

FetchReport fetch_report(const ConnectionStatus& s) {
    FetchReport r;
    r.attempted = s.polls > 0;
    r.online = s.online;
    r.offline_since = s.offline_since;
    r.last_success = s.last_success;
    r.last_error = s.last_error;
    r.content_version = s.version;
    r.content_rejected = s.content_rejected;
    r.missing_media = s.missing_assets;
    return r;
}

}  // namespace

bool SlideShow::handle_event(const SDL_Event& event) {
    switch (event.type) {
    case SDL_QUIT:
        quit_requested_ = true;
        return true;
    case SDL_KEYDOWN: {
        const bool allowed = options_.keyboard_quit || options_.screen.video.window.has_value();
        const SDL_Keycode key = event.key.keysym.sym;
        if (allowed && (key == SDLK_ESCAPE || key == SDLK_q)) quit_requested_ = true;
        return true;
    }
    case SDL_WINDOWEVENT:
        if (!output_ || !scheduler_.front()) return true;
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            output_->refresh_size();
            scheduler_.stop_fade();
            redraw_front();
        } else if (event.window.event == SDL_WINDOWEVENT_EXPOSED && !scheduler_.fading()) {
            output_->compose(front_slot_, std::nullopt, 0);
            output_->present();
        }
        return true;
    case SDL_RENDER_TARGETS_RESET:
        if (!output_ || !scheduler_.front()) return true;
        output_->forget_textures();
        scheduler_.stop_fade();
        redraw_front();
        return true;
    case SDL_RENDER_DEVICE_RESET:
        lose_output("the renderer was reset");
        return true;
    case SDL_DISPLAYEVENT:
        // A panel that appears is tried at once; one that goes away takes a fullscreen output
        // with it (a window on a desktop is moved by the window manager instead).
        if (event.display.event == SDL_DISPLAYEVENT_CONNECTED && !output_) next_reopen_ = Steady::now();
        if (event.display.event == SDL_DISPLAYEVENT_DISCONNECTED && output_ && !options_.screen.video.window) {
            lose_output("a display was disconnected");
        }
        return true;
    default:
        return false;
    }
}

// Everything drawn on the old renderer goes with it; the next step opens the display again.
void SlideShow::lose_output(const std::string& why) {
    log::warning("display: " + why + "; opening it again");
    scheduler_.output_lost();
    output_.reset();
    next_reopen_ = Steady::now();
}

// Video is restarted too, so that a panel plugged in after start-up is found. While nothing can
// be opened the loop keeps running (and pinging the watchdog), trying again every few seconds.
void SlideShow::reopen_output(Steady::time_point mono) {
    if (next_reopen_ && mono < *next_reopen_) return;
    next_reopen_ = mono + seconds(5);
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    std::string error;
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error = SDL_GetError();
    } else if (auto opened = ScreenOutput::open(options_.screen, fonts_)) {
        output_ = std::move(*opened);
        next_reopen_.reset();
        reopen_failure_logged_ = false;
        const Size size = output_->video().size;
        log::info("display: open again, " + std::to_string(size.w) + "x" + std::to_string(size.h));
        return;
    } else {
        error = opened.error().message;
    }
    if (reopen_failure_logged_) return;
    reopen_failure_logged_ = true;
    log::warning("display: none usable yet (" + error + "); trying every 5 s");
    // Under systemd the service is up, only the panel is missing: without READY=1 the start
    // would time out and be restarted over and over while the TV is still switched off.
    reporter_.health().showing("Waiting for a display");
    reporter_.first_frame_shown();
}

void SlideShow::report(Steady::time_point mono) {
    const Instant now = system_now();
    reporter_.health().update_fetch(fetch_report(status_), now);
    const auto& front = scheduler_.front();
    reporter_.health().set_screen_on(!front || front->kind != FaceKind::OffHours);
    if (const auto& aside = feed_.set_aside()) {
        reporter_.health().set_aside(SetAsideNote{aside->id, aside->version, aside->starts, aside->fallback,
                                                  std::string(kind_name(aside->kind))});
    }
    reporter_.tick(now, mono);
}

void SlideShow::screenshot(const std::string& name) {
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "%04d-", ++screenshot_count_);
    const std::string path = options_.screenshot_dir + "/" + prefix + name + ".png";
    if (auto saved = output_->save_png(path); !saved) {
        log::write_limited(log::Level::Warning, "screenshot", "screenshot " + path + ": " + saved.error().message);
    }
}

void SlideShow::periodic_screenshot() {
    output_->compose(front_slot_, std::nullopt, 0);
    if (auto saved = output_->save_png(options_.screenshot_path); !saved) {
        log::write_limited(log::Level::Warning, "screenshot",
                           "screenshot " + options_.screenshot_path + ": " + saved.error().message);
    }
    output_->present();
}

}  // namespace kiosk
