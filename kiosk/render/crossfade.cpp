// Crossfade timing and easing.
#include "kiosk/render/crossfade.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

double ease_in_out(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

void Crossfade::start(Clock::time_point now, std::chrono::milliseconds duration) {
    active_ = true;
    start_ = now;
    duration_ = duration;
}

std::uint8_t Crossfade::incoming_alpha(Clock::time_point now) const {
    if (duration_.count() <= 0) return 255;
    const std::chrono::duration<double> elapsed = now - start_;
    const double t = elapsed / std::chrono::duration<double>(duration_);
    return static_cast<std::uint8_t>(std::lround(ease_in_out(t) * 255.0));
}

}  // namespace kiosk
