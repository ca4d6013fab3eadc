// Collection of what no current or previous snapshot uses, keeping the cache under its size bound.
#pragma once

#include <cstdint>
#include <string>

namespace kiosk {

struct CollectReport {
    std::uint64_t kept_bytes = 0;       // assets and snapshots still in use
    std::uint64_t removed_bytes = 0;
    int removed_snapshots = 0;
    int removed_assets = 0;
    bool dropped_previous = false;      // the size bound forced out the previous snapshots
};

// Removes snapshots and assets that no current or previous snapshot names, and any leftovers of
// interrupted writes. When the rest is still above `max_bytes`, the previous snapshots are given
// up too. Must run with the cache lock held. Recently written assets are spared while within the
// bound, because another process may be about to commit a snapshot that uses them.
CollectReport collect_garbage(const std::string& dir, std::uint64_t max_bytes);

}  // namespace kiosk
