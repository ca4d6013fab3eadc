// The small files naming the current and previous snapshot of each kind, and snapshot ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kiosk/cache/manifest.h"

namespace kiosk {

struct SnapshotPointer {
    std::string current;
    std::string previous;  // empty when there is none
};

// "current" for content, "current-posts" for posts.
std::string pointer_file_name(SnapshotKind kind);

// Ids are "<yyyymmddThhmmssZ>-<12 hex>": letters, digits and '-' only, so never a path.
bool is_snapshot_id(std::string_view id);
std::string make_snapshot_id(Instant fetched_at, std::string_view manifest_text);

std::string format_pointer(const SnapshotPointer& pointer);
std::optional<SnapshotPointer> parse_pointer(std::string_view text);

// The pointer of `kind` in cache folder `dir`; nothing when absent or unreadable.
std::optional<SnapshotPointer> read_pointer(const std::string& dir, SnapshotKind kind);

}  // namespace kiosk
