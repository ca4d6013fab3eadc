// The status file edge: /proc readings, the atomic write, and the write schedule.
#include "kiosk/service/status_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "kiosk/base/log.h"
#include "kiosk/cache/durable_file.h"

namespace kiosk {
namespace {

std::string read_small_file(const char* path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

std::optional<std::int64_t> proc_kib_field(std::string_view text, std::string_view field) {
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        if (line.size() > field.size() && line.substr(0, field.size()) == field && line[field.size()] == ':') {
            std::int64_t value = 0;
            bool digits = false;
            for (char c : line.substr(field.size() + 1)) {
                if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                    digits = true;
                } else if (digits) {
                    break;
                }
            }
            if (digits) return value;
        }
        at = end + 1;
    }
    return std::nullopt;
}

MemoryUsage read_memory_usage() {
    MemoryUsage usage;
    usage.rss_kib = proc_kib_field(read_small_file("/proc/self/status"), "VmRSS");
    usage.pss_kib = proc_kib_field(read_small_file("/proc/self/smaps_rollup"), "Pss");
    return usage;
}

Status write_file_atomically(const std::string& path, std::string_view contents) {
    return replace_file_unflushed(path, contents);
}

StatusWriter::StatusWriter(std::string path, Clock::time_point started, std::chrono::seconds refresh)
    : path_(std::move(path)), started_(started), refresh_(refresh) {}

bool StatusWriter::update(const HealthTracker& tracker, HealthInstant now, Clock::time_point mono) {
    if (!enabled()) return false;
    const bool changed = tracker.generation() != last_generation_;
    const bool stale = !last_write_ || mono - *last_write_ >= refresh_;
    if (!changed && !stale) return false;
    write_now(tracker, now, mono);
    return true;
}

HealthSnapshot StatusWriter::write_now(const HealthTracker& tracker, HealthInstant now, Clock::time_point mono) {
    const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(mono - started_);
    HealthSnapshot snapshot = tracker.snapshot(now, uptime, read_memory_usage());
    last_write_ = mono;
    last_generation_ = tracker.generation();
    if (!enabled()) return snapshot;
    if (auto written = write_file_atomically(path_, health_json(snapshot)); !written) {
        log::write_limited(log::Level::Warning, "status-file", "status file: " + written.error().message);
    } else {
        log::resolve_limited("status-file");
    }
    return snapshot;
}

}  // namespace kiosk
