// The step-time histogram.
#include "kiosk/screen/step_times.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

using namespace std::chrono;

void StepTimes::add(steady_clock::duration took) {
    // A step of 0.3 ms counts as 1 ms: a quantile reads "at most this many milliseconds".
    const milliseconds ms = std::max(ceil<milliseconds>(took), milliseconds(0));
    const auto bucket = std::min(static_cast<std::size_t>(ms.count()), kBuckets - 1);
    ++counts_[bucket];
    ++count_;
    longest_ = std::max(longest_, ms);
}

milliseconds StepTimes::quantile(double share) const {
    if (count_ == 0) return milliseconds(0);
    const auto wanted = static_cast<std::uint64_t>(std::ceil(std::clamp(share, 0.0, 1.0) * static_cast<double>(count_)));
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < kBuckets; ++i) {
        seen += counts_[i];
        if (seen >= std::max<std::uint64_t>(wanted, 1)) return i + 1 == kBuckets ? longest_ : milliseconds(i);
    }
    return longest_;
}

std::string StepTimes::summary() const {
    return std::to_string(count_) + " steps; median " + std::to_string(quantile(0.5).count()) + " ms, p99 " +
           std::to_string(quantile(0.99).count()) + " ms, longest " + std::to_string(longest_.count()) + " ms";
}

}  // namespace kiosk
