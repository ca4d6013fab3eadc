// Writing the health status file (JSON, in the runtime directory) atomically and not too often.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/service/health.h"

namespace kiosk {

// The kB figure of one "Field:   1234 kB" line of a /proc file such as /proc/self/status.
std::optional<std::int64_t> proc_kib_field(std::string_view text, std::string_view field);

// This process's memory: VmRSS from /proc/self/status, Pss from /proc/self/smaps_rollup.
MemoryUsage read_memory_usage();

// Replaces `path` with `contents` through a temporary file and rename, so a reader never sees
// half a file. No fsync: the runtime directory is in RAM.
Status write_file_atomically(const std::string& path, std::string_view contents);

// Writes the status file from the frame loop: when the health state changed, and otherwise every
// `refresh` so that uptime and memory stay current. With an empty path it does nothing.
class StatusWriter {
public:
    using Clock = std::chrono::steady_clock;

    StatusWriter(std::string path, Clock::time_point started, std::chrono::seconds refresh = std::chrono::seconds(10));

    bool enabled() const { return !path_.empty(); }
    const std::string& path() const { return path_; }

    // Cheap when nothing is due. Returns whether the file was written.
    bool update(const HealthTracker& tracker, HealthInstant now, Clock::time_point mono);
    // Writes now, whatever is due, and returns the snapshot written (for STATUS= too).
    HealthSnapshot write_now(const HealthTracker& tracker, HealthInstant now, Clock::time_point mono);

private:
    std::string path_;
    Clock::time_point started_;
    std::chrono::seconds refresh_;
    std::optional<Clock::time_point> last_write_;
    std::uint64_t last_generation_ = 0;
};

}  // namespace kiosk
