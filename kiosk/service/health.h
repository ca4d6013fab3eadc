// What the kiosk reports about itself: the health snapshot and the tracker that keeps it current.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace kiosk {

using HealthInstant = std::chrono::sys_seconds;

struct MemoryUsage {
    std::optional<std::int64_t> rss_kib;  // resident set, from /proc/self/status
    std::optional<std::int64_t> pss_kib;  // proportional set, from /proc/self/smaps_rollup
};

enum class Connection { Unknown, Online, Offline };

// A content snapshot set aside at start because earlier runs could not keep showing it.
struct SetAsideNote {
    std::string snapshot;
    std::string version;   // its ETag or content hash
    int starts = 0;        // the starts that showed it and did not last
    std::string fallback;  // the good snapshot shown instead; empty when there was none
    std::string kind = "content";  // or "posts": which feed's snapshot it was

    bool operator==(const SetAsideNote&) const = default;
};

// One moment's view, turned into the status file and systemd's STATUS= line.
struct HealthSnapshot {
    std::string version;
    std::string screen_name;
    std::string content_url;
    std::string content_version;                 // ETag or content hash; empty before any content
    std::optional<HealthInstant> last_fetch_ok;  // last successful fetch, kept across restarts
    Connection connection = Connection::Unknown;
    std::optional<HealthInstant> offline_since;  // first failure of the current outage
    std::string last_error;                      // kept after recovery, with its time, for diagnosis
    std::optional<HealthInstant> last_error_at;
    bool content_rejected = false;               // the source serves a document that does not load
    std::size_t missing_media = 0;               // photos and images shown as placeholders
    std::optional<SetAsideNote> set_aside;       // a snapshot set aside at this start
    std::string current_slide;                   // "Programme: Keynote", or empty before the first
    bool screen_on = true;                       // false outside on_hours
    std::chrono::seconds uptime{0};
    MemoryUsage memory;
    HealthInstant written_at{};
};

// The fetcher's whole view after a poll. kiosk/net's ConnectionStatus maps onto it field by field:
// attempted = polls > 0, online, offline_since, last_success, last_error, version,
// content_rejected, missing_assets.
struct FetchReport {
    bool attempted = false;                      // at least one poll has finished
    bool online = false;
    std::optional<HealthInstant> offline_since;
    std::optional<HealthInstant> last_success;
    std::string last_error;                      // empty after a clean poll
    std::string content_version;
    bool content_rejected = false;
    std::size_t missing_media = 0;
};

// The status file's JSON text (pretty-printed, ending in a newline). Never throws: text that is
// not valid UTF-8 is written with replacement characters.
std::string health_json(const HealthSnapshot& snapshot);

// The one-line summary for `systemctl status`: what is showing and the connection state.
std::string status_line(const HealthSnapshot& snapshot);

// Keeps the health state from events of the frame loop. Pure: every time is a parameter.
// Not thread-safe: call it from the thread that receives the fetch results (the frame loop).
class HealthTracker {
public:
    HealthTracker(std::string version, std::string screen_name, std::string content_url);

    // At start-up, from the cache: the content that was shown before a restart or power cut.
    void restore(std::string content_version, std::optional<HealthInstant> fetched_at);
    // A fetch worked (a "not modified" answer counts, with the same version).
    void fetch_succeeded(std::string content_version, HealthInstant at);
    void fetch_failed(std::string error, HealthInstant at);
    // Takes the fetcher's own bookkeeping instead of the two calls above. A new error is stamped
    // with `now`; an error is kept, with its time, after the fetcher has recovered.
    void update_fetch(const FetchReport& report, HealthInstant now);
    void showing(std::string slide);
    void set_screen_on(bool on);
    void set_aside(const SetAsideNote& note);
    // A reloaded config may rename the screen or point it at another source.
    void set_identity(std::string screen_name, std::string content_url);

    HealthSnapshot snapshot(HealthInstant now, std::chrono::seconds uptime, const MemoryUsage& memory) const;
    // Grows on every change, so a writer can tell when the file is out of date.
    std::uint64_t generation() const { return generation_; }

private:
    HealthSnapshot state_;
    std::uint64_t generation_ = 0;
};

}  // namespace kiosk
