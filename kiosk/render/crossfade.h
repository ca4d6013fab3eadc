// The crossfade between two slides: how opaque the incoming slide is at each moment.
#pragma once

#include <chrono>
#include <cstdint>

namespace kiosk {

// Smooth start and finish (cubic ease-in-out); 0 and 1 map to themselves.
double ease_in_out(double t);

class Crossfade {
public:
    using Clock = std::chrono::steady_clock;

    void start(Clock::time_point now, std::chrono::milliseconds duration);
    void stop() { active_ = false; }
    bool active() const { return active_; }
    bool finished(Clock::time_point now) const { return now >= start_ + duration_; }

    // Opacity of the incoming slide, 0..255, eased. The outgoing slide stays fully opaque
    // underneath, so the blend never passes through a darker frame.
    std::uint8_t incoming_alpha(Clock::time_point now) const;

private:
    bool active_ = false;
    Clock::time_point start_{};
    std::chrono::milliseconds duration_{0};
};

}  // namespace kiosk
