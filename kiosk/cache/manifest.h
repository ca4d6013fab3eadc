// The manifest of a cached snapshot: where the document came from, its validators, and its assets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.h"
#include "kiosk/content/content_model.h"
#include "kiosk/content/local_time.h"  // format_utc, parse_utc

namespace kiosk {

// Content snapshots hold a whole content file; posts snapshots hold a separate feed of posts.
enum class SnapshotKind { Content, Posts };

std::string_view kind_name(SnapshotKind kind);

struct AssetEntry {
    std::string url;            // the reference exactly as the loaded content holds it
    std::string sha256;         // the file's name under assets/: the SHA-256 of its bytes
    std::uint64_t bytes = 0;
    std::string etag;           // validators for a conditional re-fetch when the content changes
    std::string last_modified;
};

struct MissingAsset {
    std::string url;
    std::string error;          // why the last attempt failed; retried on the next poll
};

struct Manifest {
    SnapshotKind kind = SnapshotKind::Content;
    std::string source;         // the configured URL or path
    std::string base;           // what relative references in the document resolve against
    std::string time_zone;      // posts only: the zone their local times were read in
    std::string etag;
    std::string last_modified;
    Instant fetched_at{};
    std::string content_sha256;
    std::uint64_t content_bytes = 0;
    std::vector<AssetEntry> assets;
    std::vector<MissingAsset> missing;

    const AssetEntry* find_asset(std::string_view url) const;
};

std::string manifest_to_yaml(const Manifest& manifest);

// The manifest in `text`, or one line saying what is wrong (with line:column when YAML says).
Result<Manifest> parse_manifest(std::string_view text);

}  // namespace kiosk
