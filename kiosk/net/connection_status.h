// What the screen and the health file know about fetching: online or not, since when, what is shown.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/content/content_model.h"

namespace date {
class time_zone;
}

namespace kiosk {

struct ConnectionStatus {
    std::string source;                      // the URL or path being polled
    bool online = false;                     // the last poll reached the source (200 or 304)
    std::optional<Instant> offline_since;    // start of the current run of failed polls
    std::optional<Instant> content_from;     // when the content shown was fetched
    std::optional<Instant> last_success;     // the last poll that reached the source
    std::optional<Instant> last_attempt;
    std::string last_error;                  // one line; empty after a clean poll
    bool content_rejected = false;           // the source answered with content that does not load
    std::string version;                     // ETag of the content shown, else its SHA-256 prefix
    std::string snapshot_id;
    std::size_t missing_assets = 0;          // media shown as placeholders, retried on each poll
    int consecutive_failures = 0;
    std::chrono::milliseconds next_poll_in{0};  // the wait chosen after the last poll (backoff when failing)
    std::uint64_t polls = 0;                 // polls finished, for tests and the health file
    std::uint64_t not_modified = 0;          // of which the source said nothing changed
    std::uint64_t updates = 0;               // of which produced new content for the screen
};

// The status strip's note, in the event's zone (UTC when null): empty while online, else
// "Offline since 14:05 · showing content from 13:50". A time on another day than `now` gets its
// date: "Offline since Mon 9 Oct 23:50".
std::string connection_note(const ConnectionStatus& status, Instant now, const date::time_zone* zone);

}  // namespace kiosk
