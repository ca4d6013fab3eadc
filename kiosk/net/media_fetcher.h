// Fetching the media a document names into the cache, reusing what an earlier snapshot holds.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/cache/manifest.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/http_client.h"
#include "kiosk/net/source_policy.h"

namespace kiosk {

struct MediaResult {
    std::vector<AssetEntry> stored;
    std::vector<MissingAsset> missing;
    int fetched = 0;   // new bytes downloaded (200)
    int reused = 0;    // confirmed unchanged (304) or already in the cache
    std::uint64_t bytes = 0;               // of everything in `stored`
    std::vector<std::string> over_budget;  // references left out by the byte budget (also in `missing`)
};

// The error a medium left out by the byte budget is listed with.
std::string over_budget_error(const std::string& url, std::uint64_t budget);

// Fetches every reference in `references` under the source's policy and stores it. An entry of
// `previous` for the same reference is re-validated with its ETag or Last-Modified rather than
// downloaded again. Failures are listed in `missing`, never fatal. The media stored add up to at
// most `budget` bytes, counted as they stream in (a Content-Length that lies gains nothing): a
// medium that would pass it is left out, and so are the ones after it that do not fit. A reference
// pinned by "#sha256=" is taken only with those bytes (and from the cache without a transfer when it
// holds them); with `require_pins`, an unpinned reference is not fetched at all.
MediaResult fetch_media(const std::vector<std::string>& references, const ContentSource& source,
                        const Manifest* previous, HttpClient& client, const FetchLimits& limits,
                        const SnapshotStore& store, const std::atomic<bool>* cancel,
                        std::uint64_t budget = UINT64_MAX, bool require_pins = false);

// Why an unpinned medium is not shown when the content must be signed.
std::string unpinned_error(const std::string& reference);

// Fetches a part the document takes from elsewhere (its programme's schedule export) under the
// same rules, re-validated against `known`. Any content type is taken: the importer judges the
// bytes. `changed` tells new bytes from a confirmed copy.
Result<AssetEntry> fetch_document_part(const std::string& reference, const ContentSource& source,
                                       const AssetEntry* known, HttpClient& client, const FetchLimits& limits,
                                       const SnapshotStore& store, const std::atomic<bool>* cancel, bool& changed);

}  // namespace kiosk
