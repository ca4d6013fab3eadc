// The screen clock: an offset (and rate) applied to the steady clock, or the live system clock.
#include "kiosk/screen/screen_clock.h"

#include <algorithm>

#include "kiosk/content/local_time.h"

namespace kiosk {

using namespace std::chrono;

ScreenClock::ScreenClock(std::optional<Instant> start, double speed)
    : live_(!start && speed == 1.0),
      speed_(speed > 0.0 ? speed : 1.0),
      origin_(start ? system_clock::time_point(*start) : system_clock::now()),
      steady_origin_(Steady::now()) {}

Result<ScreenClock> ScreenClock::at_local(date::local_seconds local, const date::time_zone& zone,
                                                       double speed) {
    const auto start = to_instant(local, zone);
    if (!start) return unexpected(start.error());
    ScreenClock clock(start->instant, speed);
    clock.local_start_ = local;
    clock.zone_ = &zone;
    return clock;
}

Result<bool> ScreenClock::read_in_zone(const date::time_zone& zone) {
    if (!local_start_ || zone_ == &zone) return false;
    zone_ = &zone;  // an error is given once per zone, not at every frame
    const auto start = to_instant(*local_start_, zone);
    if (!start) return unexpected(start.error());
    origin_ = system_clock::time_point(start->instant);
    return true;
}

system_clock::time_point ScreenClock::precise_now() const {
    if (live_) return system_clock::now();
    const duration<double> elapsed = Steady::now() - steady_origin_;
    return origin_ + duration_cast<system_clock::duration>(elapsed * speed_);
}

Instant ScreenClock::now() const { return floor<seconds>(precise_now()); }

milliseconds ScreenClock::real_until(system_clock::time_point t) const {
    const auto ahead = t - precise_now();
    if (ahead <= system_clock::duration::zero()) return milliseconds(0);
    return ceil<milliseconds>(duration<double>(ahead) / speed_);
}

milliseconds real_duration(milliseconds d, double speed) {
    return ceil<milliseconds>(duration<double, std::milli>(d) / speed);
}

milliseconds ScreenClock::real_duration(milliseconds d) const { return kiosk::real_duration(d, speed_); }

}  // namespace kiosk
