// Exponential backoff with "equal jitter": half the delay is fixed, half is random.
#include "kiosk/net/backoff.h"

#include <algorithm>

namespace kiosk {

std::chrono::milliseconds retry_delay(int failures, const BackoffPolicy& policy, double unit_random) {
    using std::chrono::milliseconds;
    if (failures <= 0) return milliseconds{0};
    const milliseconds cap = std::max(policy.cap, milliseconds{1});
    milliseconds base = std::clamp(policy.first, milliseconds{1}, cap);
    for (int i = 1; i < failures && base < cap; ++i) base = std::min(base * 2, cap);
    const double r = std::clamp(unit_random, 0.0, 1.0);
    const auto half = base / 2;
    const auto jitter = static_cast<milliseconds::rep>(static_cast<double>((base - half).count()) * r);
    return std::min(half + milliseconds{jitter}, cap);
}

}  // namespace kiosk
