// What `kiosk feed` keeps between runs: the statuses seen so far, where to poll from next
// (Mastodon's min_id), and how long a server that answered 429 asked to be left alone.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/content/content_model.h"

namespace kiosk::import {

struct TimelineState {
    std::string source;                  // the source URL the rest belongs to
    std::string min_id;                  // the newest status id seen: the next poll asks for newer ones
    std::optional<Instant> not_before;   // a 429's Retry-After: no request before this
    std::string statuses = "[]";         // the statuses kept, a JSON array, newest first
};

inline constexpr std::size_t kMaxKeptStatuses = 400;

std::string timeline_state_to_json(const TimelineState& state);

// The state in `text`, or why it cannot be used (then the feed starts afresh).
Result<TimelineState> parse_timeline_state(std::string_view text);

struct MergedTimeline {
    std::string statuses;  // a JSON array, newest first
    std::string newest_id; // of the whole array; empty when it is empty
    std::size_t added = 0; // statuses of `fresh` not already kept
};

// Puts the statuses of `fresh` (a page as Mastodon sends it, newest first) in front of those
// `kept`, once each by id, and keeps at most `max`. Ids are opaque: order comes from the pages,
// never from comparing ids.
Result<MergedTimeline> merge_timeline(std::string_view kept, std::string_view fresh,
                                      std::size_t max = kMaxKeptStatuses);

// `url` asking only for statuses newer than `min_id` (nothing added when it is empty).
std::string with_min_id(const std::string& url, const std::string& min_id);

}  // namespace kiosk::import
