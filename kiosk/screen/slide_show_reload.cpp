// A reload (SIGHUP, `systemctl reload kiosk`) while the show runs: the new settings are applied
// between two frames, and the face on screen is drawn again in place rather than blanked.
#include "kiosk/base/log.h"
#include "kiosk/screen/slide_show.h"

namespace kiosk {

void SlideShow::reload() {
    reporter_.reload_started();
    if (!loader_) {
        log::info("reload requested (SIGHUP): no config file to read; polling the content source now");
    } else if (auto next = loader_()) {
        apply_settings(*next);
    }
    feed_.poll_now();
    reporter_.reload_finished();
}

// The video options (mode, renderer) are left as they are: changing them means opening the
// output again, which blanks the screen (the loader says so in the log). Everything else
// applies now.
void SlideShow::apply_settings(const ShowSettings& next) {
    options_.keyboard_quit = next.show.keyboard_quit;
    options_.screen_name = next.show.screen_name;
    options_.on_hours = next.show.on_hours;
    scheduler_.set_on_hours(next.show.on_hours);
    if (options_.screenshot_path != next.show.screenshot_path ||
        options_.screenshot_interval != next.show.screenshot_interval) {
        options_.screenshot_path = next.show.screenshot_path;
        options_.screenshot_interval = next.show.screenshot_interval;
        scheduler_.set_screenshot_every(options_.screenshot_path.empty() ? std::chrono::minutes(0)
                                                                          : options_.screenshot_interval);
    }
    if (auto started = feed_.reconfigure(next.feed); !started) {
        log::error("content " + next.feed.content + ": " + started.error().message);
    }
    log::apply_level(next.config.log_level);
    reporter_.apply(next.config);
    turn(next.show.screen.rotation);
    // The screen name and the source appear on the waiting slide; on_hours shows from the next step.
    if (output_ && scheduler_.front() && !scheduler_.fading()) redraw_front();
}

void SlideShow::turn(int rotation) {
    if (rotation == options_.screen.rotation) return;
    options_.screen.rotation = rotation;
    if (!output_) return;  // a display opened later is opened turned
    output_->set_rotation(rotation);
    // A fade between slides drawn the old way round ends at once on its incoming slide.
    if (scheduler_.cut_fade()) {
        front_slot_ = 1 - front_slot_;
        reporter_.health().showing(face_label(*scheduler_.front()));
    }
}

}  // namespace kiosk
