// How long the frame loop's steps took: a histogram of 1 ms buckets, so that a show running for
// months keeps a fixed few KiB, summed up in the log when it stops.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <string>

namespace kiosk {

class StepTimes {
public:
    void add(std::chrono::steady_clock::duration took);

    std::uint64_t count() const { return count_; }
    // The step time that `share` (0..1) of the steps did not exceed, to the millisecond above.
    std::chrono::milliseconds quantile(double share) const;
    std::chrono::milliseconds longest() const { return longest_; }
    // "N steps; median A ms, p99 B ms, longest C ms".
    std::string summary() const;

private:
    static constexpr std::size_t kBuckets = 2000;  // 0..1999 ms, and everything longer in the last
    std::array<std::uint64_t, kBuckets> counts_{};
    std::uint64_t count_ = 0;
    std::chrono::milliseconds longest_{0};
};

}  // namespace kiosk
