// One fetch per media reference, each refused, re-validated, downloaded or failed on its own.
#include "kiosk/net/media_fetcher.h"

#include <algorithm>
#include <filesystem>

#include "kiosk/cache/sha256.h"
#include "kiosk/trust/pinned_reference.h"

namespace kiosk {
namespace {

// Servers name images image/*; a text or HTML answer is an error page, not a photo.
bool looks_like_media(const std::string& content_type) {
    if (content_type.empty()) return true;
    return content_type.rfind("image/", 0) == 0 || content_type.rfind("application/octet-stream", 0) == 0;
}

bool any_type(const std::string&) { return true; }

// A file the cache already holds under the pinned hash needs no transfer at all: its name is its
// hash, checked again here.
std::optional<AssetEntry> held_by_pin(const std::string& ref, const std::string& sha256, const SnapshotStore& store) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(store.asset_path(sha256), ec);
    if (ec) return std::nullopt;
    AssetEntry entry{ref, sha256, size, {}, {}};
    if (!store.has_asset(entry)) return std::nullopt;
    return entry;
}

Result<AssetEntry> fetch_one(const std::string& ref, const ContentSource& source, const AssetEntry* known,
                             HttpClient& client, const FetchLimits& limits, const SnapshotStore& store,
                             const std::atomic<bool>* cancel, bool& downloaded,
                             bool (*accepts)(const std::string& content_type), FetchFailure& failure) {
    const auto pin = trust::pinned_sha256(ref);
    if (pin) {
        if (auto held = held_by_pin(ref, *pin, store)) return *held;
    }
    const auto url = media_fetch_url(source, trust::without_pin(ref));
    if (!url) return unexpected(url.error());
    FetchRequest request{*url, source.kind == SourceKind::Local, {}, {}};
    if (known) {
        request.if_none_match = known->etag;
        request.if_modified_since = known->last_modified;
    }
    auto response = client.get(request, limits, cancel);
    if (!response) {
        failure = response.error().kind;
        return unexpected(response.error().message);
    }
    if (response->not_modified() && known) return *known;
    if (!accepts(response->headers.content_type)) {
        return unexpected(*url + ": not an image (" + response->headers.content_type + ")");
    }
    if (pin && sha256_hex(response->body) != *pin) {
        failure = FetchFailure::Refused;
        return unexpected(*url + ": refused, its bytes are not the ones the content pins (#sha256=" +
                          pin->substr(0, 12) + "…)");
    }
    const auto name = store.put_asset(response->body);
    if (!name) return unexpected(name.error());
    downloaded = true;
    return AssetEntry{ref, *name, response->body.size(), response->headers.etag, response->headers.last_modified};
}

}  // namespace

std::string over_budget_error(const std::string& url, std::uint64_t budget) {
    return url + ": left out, past the snapshot's byte budget (" + std::to_string(budget >> 10) + " KiB for its media)";
}

std::string unpinned_error(const std::string& reference) {
    return std::string(trust::without_pin(reference)) +
           ": not covered by the signature (with trusted keys every file the content names needs a #sha256= pin)";
}

MediaResult fetch_media(const std::vector<std::string>& references, const ContentSource& source,
                        const Manifest* previous, HttpClient& client, const FetchLimits& limits,
                        const SnapshotStore& store, const std::atomic<bool>* cancel, std::uint64_t budget,
                        bool require_pins) {
    MediaResult result;
    for (const auto& ref : references) {
        if (require_pins && !trust::pinned_sha256(ref)) {
            result.missing.push_back({ref, unpinned_error(ref)});
            continue;
        }
        const std::uint64_t left = budget - std::min(budget, result.bytes);
        const auto leave_out = [&] {
            result.over_budget.push_back(ref);
            const auto url = media_fetch_url(source, ref);
            result.missing.push_back({ref, over_budget_error(url ? *url : ref, budget)});
        };
        if (left == 0) {
            leave_out();
            continue;
        }
        const AssetEntry* known = previous ? previous->find_asset(ref) : nullptr;
        if (known && !store.has_asset(*known)) known = nullptr;
        // The transfer itself stops at what is left of the budget, counting the bytes as they come.
        FetchLimits bounded = limits;
        const bool budget_binds = left < limits.max_body_bytes;
        if (budget_binds) bounded.max_body_bytes = static_cast<std::size_t>(left);
        bool downloaded = false;
        FetchFailure failure = FetchFailure::Network;
        auto entry = fetch_one(ref, source, known, client, bounded, store, cancel, downloaded, looks_like_media, failure);
        if (entry && entry->bytes > left) {
            leave_out();  // an unchanged copy from the cache that no longer fits
        } else if (entry) {
            result.bytes += entry->bytes;
            result.stored.push_back(std::move(*entry));
            ++(downloaded ? result.fetched : result.reused);
        } else if (budget_binds && failure == FetchFailure::TooLarge) {
            leave_out();
        } else {
            result.missing.push_back({ref, entry.error().message});
        }
    }
    return result;
}

Result<AssetEntry> fetch_document_part(const std::string& reference, const ContentSource& source,
                                       const AssetEntry* known, HttpClient& client, const FetchLimits& limits,
                                       const SnapshotStore& store, const std::atomic<bool>* cancel, bool& changed) {
    if (known && !store.has_asset(*known)) known = nullptr;
    changed = false;
    FetchFailure failure = FetchFailure::Network;
    return fetch_one(reference, source, known, client, limits, store, cancel, changed, any_type, failure);
}

}  // namespace kiosk
