// The poll cycle. Nothing is written unless the document loads; nothing is parsed unless it changed.
#include "kiosk/net/content_sync.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "kiosk/base/clock.h"
#include "kiosk/cache/asset_refs.h"
#include "kiosk/cache/posts_document.h"
#include "kiosk/cache/sha256.h"
#include "kiosk/content/content_limits.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/source_merge.h"
#include "kiosk/net/http_headers.h"
#include "kiosk/net/media_fetcher.h"
#include "kiosk/net/signed_snapshot.h"
#include "kiosk/net/source_reader.h"
#include "kiosk/trust/pinned_reference.h"

namespace kiosk {
namespace {

std::string working_dir() {
    std::error_code ec;
    const auto dir = std::filesystem::current_path(ec);
    return ec ? std::string("/") : dir.string();
}

// A snapshot of another source (or of posts read in another zone) says nothing about this one.
bool matches(const CachedSnapshot& snapshot, const SyncOptions& options) {
    const Manifest& m = snapshot.manifest;
    return m.source == options.source && (m.kind != SnapshotKind::Posts || m.time_zone == options.time_zone);
}

}  // namespace

std::uint64_t ContentSync::media_budget(std::uint64_t document_bytes, const std::vector<AssetEntry>& held) const {
    std::uint64_t used = document_bytes;
    for (const auto& a : held) used += a.bytes;
    return options_.cache_max_bytes - std::min(options_.cache_max_bytes, used);
}

std::string snapshot_version(const Manifest& m) {
    return m.etag.empty() ? "sha256:" + m.content_sha256.substr(0, 12) : m.etag;
}

Result<ContentSync> ContentSync::create(SyncOptions options) {
    auto source = classify_source(options.source, working_dir());
    if (!source) return unexpected(source.error());
    if (options.kind == SnapshotKind::Posts && options.time_zone.empty()) {
        return unexpected("a posts feed needs the event's time zone to read its times");
    }
    auto client = HttpClient::create(options.tls);
    if (!client) return unexpected(std::move(client).error());
    return ContentSync(std::move(options), std::move(*source), std::move(*client));
}

ContentSync::ContentSync(SyncOptions options, ContentSource source, HttpClient client)
    : options_(std::move(options)),
      source_(std::move(source)),
      store_(options_.cache_dir, snapshot_document_loader(), options_.cache_max_bytes),
      client_(std::move(client)) {}

void ContentSync::load_cached() {
    cache_read_ = true;
    set_aside_ = read_set_aside(store_.dir());
    if (auto loaded = store_.load_current(options_.kind); loaded && matches(*loaded, options_)) {
        current_ = std::move(*loaded);
    }
    if (signed_content()) {
        last_signed_ = read_last_signed(last_signed_path(store_.dir(), options_.kind, options_.source));
        // A snapshot no trusted key vouches for (fetched before keys were set, or signed by a
        // key since removed) is neither shown nor used to skip a fetch.
        if (current_ && !verify_cached_snapshot(store_, *current_, options_.trusted_keys)) current_.reset();
    }
    // A 304 for the document must still re-validate the sources it names, so they and the text
    // they go with are remembered as if this poller had fetched them.
    if (!current_) return;
    const auto sources = current_->content.external_sources();
    if (sources.empty()) return;
    const Manifest& m = current_->manifest;
    const auto text = read_file_limited(store_.dir() + "/snapshots/" + current_->id + "/content.yaml",
                                        limits::kMaxFileBytes);
    if (!text) return;
    std::vector<AssetEntry> parts;
    for (const auto& source : sources) {
        const AssetEntry* part = m.find_asset(source.url);
        if (!part) return;
        parts.push_back(*part);
    }
    seen_ = Seen{m.etag, m.last_modified, m.content_sha256, false, {}, {}, *text, std::move(parts)};
}

FetchRequest ContentSync::document_request() const {
    FetchRequest r{source_.fetch_url, source_.kind == SourceKind::Local, {}, {}};
    if (seen_) {
        r.if_none_match = seen_->etag;
        r.if_modified_since = seen_->last_modified;
    } else if (current_) {
        r.if_none_match = current_->manifest.etag;
        r.if_modified_since = current_->manifest.last_modified;
    }
    return r;
}

PollOutcome ContentSync::poll(const std::atomic<bool>* cancel) {
    // Read here rather than at construction, so the thread that creates a poller never waits on disk.
    if (!cache_read_) load_cached();
    PollOutcome outcome;
    auto response = client_.get(document_request(), options_.document_limits, cancel);
    const auto date = response ? response->headers.date : response.error().server_date;
    if (date) outcome.server_time = ServerTimeSample{*date, std::chrono::steady_clock::now()};
    if (!response) {
        outcome.result = PollResult::Failed;
        outcome.error = response.error().message;
        if (!response.error().retry_after.empty()) {
            outcome.retry_after = retry_after_instant(response.error().retry_after, date.value_or(system_now()));
        }
        return outcome;
    }
    outcome.not_modified = response->not_modified();
    const std::string known_hash = seen_ ? seen_->sha256 : current_ ? current_->manifest.content_sha256 : "";
    if (outcome.not_modified || (!known_hash.empty() && sha256_hex(response->body) == known_hash)) {
        return on_same_document(std::move(outcome), cancel);
    }
    return on_new_document(std::move(outcome), *response, cancel);
}

std::optional<PollOutcome> ContentSync::check_parts(PollOutcome& outcome, const std::atomic<bool>* cancel) {
    if (!seen_ || seen_->parts.empty()) return std::nullopt;
    std::vector<AssetEntry> fresh;
    bool any_changed = false;
    for (const AssetEntry& known : seen_->parts) {
        bool changed = false;
        auto entry = fetch_document_part(known.url, source_, &known, client_, external_source_limits(), store_,
                                         cancel, changed);
        if (!entry) {
            outcome.result = PollResult::Failed;
            outcome.error = "a source the content names: " + entry.error().message;
            return outcome;
        }
        any_changed = any_changed || (changed && entry->sha256 != known.sha256);
        fresh.push_back(std::move(*entry));
    }
    if (!any_changed) return std::nullopt;
    outcome.not_modified = false;
    Seen seen = *seen_;
    seen.rejected = false;
    return build(outcome, seen_->text, std::move(seen), std::move(fresh), cancel);
}

PollOutcome ContentSync::on_same_document(PollOutcome outcome, const std::atomic<bool>* cancel) {
    // The signature may arrive after the document (an upload in the wrong order): asked again.
    if (seen_ && seen_->signature_refused) {
        Seen seen = *seen_;
        const std::string text = seen.text;
        seen.rejected = false;
        seen.signature_refused = false;
        const std::string before = seen_->error;
        if (auto refused = refuse_unsigned(outcome, text, seen, cancel)) {
            refused->repeated = refused->error == before;
            return std::move(*refused);
        }
        seen.text.clear();
        return build(std::move(outcome), text, std::move(seen), {}, cancel);
    }
    if (auto rebuilt = check_parts(outcome, cancel)) return std::move(*rebuilt);
    if (seen_ && seen_->rejected) {
        outcome.result = PollResult::Rejected;
        outcome.repeated = true;
        outcome.error = seen_->error;
        outcome.diagnostics = seen_->diagnostics;
        return outcome;
    }
    if (current_ && (!current_->manifest.missing.empty() || !current_->lost.empty())) {
        return retry_missing_media(std::move(outcome), cancel);
    }
    outcome.result = PollResult::Unchanged;
    return outcome;
}

PollOutcome ContentSync::on_new_document(PollOutcome outcome, const FetchResponse& response,
                                         const std::atomic<bool>* cancel) {
    const std::string& text = response.body;
    Seen seen{response.headers.etag, response.headers.last_modified, sha256_hex(text), false, {}, {}, {}, {}};
    if (auto refused = refuse_set_aside(outcome, seen)) return std::move(*refused);
    if (auto refused = refuse_unsigned(outcome, text, seen, cancel)) return std::move(*refused);
    return build(std::move(outcome), text, std::move(seen), {}, cancel);
}

std::optional<PollOutcome> ContentSync::refuse_unsigned(PollOutcome& outcome, const std::string& text, Seen& seen,
                                                        const std::atomic<bool>* cancel) {
    pending_signature_.reset();
    if (!signed_content()) return std::nullopt;
    const std::string url = signature_url(source_);
    FetchLimits limits = FetchLimits::for_content();
    limits.max_body_bytes = trust::kMaxSignatureBytes;
    auto response = client_.get(FetchRequest{url, source_.kind == SourceKind::Local, {}, {}}, limits, cancel);
    std::string error;
    if (!response) {
        error = "no signature (" + response.error().message + ")";
    } else {
        const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
        auto version = trust::check_signed_document(bytes, response->body, options_.trusted_keys,
                                                    trust::signed_file_name(source_.fetch_url), last_signed_);
        if (version) {
            pending_signature_ = PendingSignature{response->body, *version};
            return std::nullopt;
        }
        error = version.error().message;
    }
    // Remembered with its text, so the signature is asked for again while the document stays.
    seen.rejected = true;
    seen.signature_refused = true;
    seen.text = text;
    seen.error = "not signed by a trusted key: " + error;
    outcome.result = PollResult::Rejected;
    outcome.error = seen.error;
    seen_ = seen;
    return std::move(outcome);
}

std::optional<AssetEntry> ContentSync::signature_entry(const std::string& text) {
    if (pending_signature_) {
        auto name = store_.put_asset(pending_signature_->text);
        if (!name) return std::nullopt;
        return AssetEntry{signature_url(source_), *name, pending_signature_->text.size(), {}, {}};
    }
    if (current_ && current_->manifest.content_sha256 == sha256_hex(text)) {
        for (const AssetEntry& a : current_->manifest.assets)
            if (a.url == signature_url(source_)) return a;
    }
    return std::nullopt;
}

std::optional<PollOutcome> ContentSync::refuse_set_aside(PollOutcome& outcome, Seen& seen) {
    const auto bad = std::find_if(set_aside_.begin(), set_aside_.end(),
                                  [&](const SetAsideRecord& r) { return r.document_sha256 == seen.sha256; });
    if (bad == set_aside_.end()) return std::nullopt;
    // Remembered as a rejected document, so that later polls get a 304 and nothing is fetched.
    seen.rejected = true;
    seen.error = "set aside: this document (snapshot " + bad->id + ") stopped the screen " +
                 std::to_string(bad->starts) + " times before it had been on screen long enough; waiting for the source to change";
    outcome.result = PollResult::Rejected;
    outcome.error = seen.error;
    seen_ = std::move(seen);
    return std::move(outcome);
}

PollOutcome ContentSync::reject(PollOutcome outcome, Seen seen, Diagnostics diagnostics) {
    seen.rejected = true;
    seen.error = first_error(diagnostics);
    seen.diagnostics = diagnostics;
    outcome.result = PollResult::Rejected;
    outcome.error = seen.error;
    outcome.diagnostics = std::move(diagnostics);
    seen_ = std::move(seen);
    return outcome;
}

PollOutcome ContentSync::build(PollOutcome outcome, const std::string& text, Seen seen,
                               std::vector<AssetEntry> fetched, const std::atomic<bool>* cancel) {
    LoadResult loaded;
    if (options_.kind == SnapshotKind::Posts) {
        loaded = load_posts_text(text, source_.configured, source_.base, options_.time_zone);
    } else {
        LoadOptions load_options;
        load_options.base = source_.base;
        loaded = load_content_text(text, source_.configured, load_options);
        import::check_moderation(loaded, text, source_.configured);
    }
    if (!loaded.content) return reject(std::move(outcome), std::move(seen), std::move(loaded.diagnostics));
    const Manifest* previous = current_ ? &current_->manifest : nullptr;
    std::vector<AssetEntry> parts;
    if (signed_content()) {
        for (const auto& source : loaded.content->external_sources()) {
            if (trust::pinned_sha256(source.url)) continue;
            seen.error = "not covered by the signature: " + source.url +
                         " has no #sha256= pin (with trusted keys every file the content names needs one)";
            outcome.result = PollResult::Rejected;
            outcome.error = seen.error;
            seen.rejected = true;
            seen_ = std::move(seen);
            return outcome;
        }
    }
    for (const auto& source : loaded.content->external_sources()) {
        const auto given = std::find_if(fetched.begin(), fetched.end(), [&](const AssetEntry& e) { return e.url == source.url; });
        if (given != fetched.end()) {
            parts.push_back(*given);
            continue;
        }
        const auto seen_part = [&]() -> const AssetEntry* {
            if (seen_) {
                for (const auto& p : seen_->parts)
                    if (p.url == source.url) return &p;
            }
            return previous ? previous->find_asset(source.url) : nullptr;
        };
        bool changed = false;
        auto entry = fetch_document_part(source.url, source_, seen_part(), client_, external_source_limits(), store_,
                                         cancel, changed);
        if (!entry) {
            outcome.result = PollResult::Failed;
            outcome.error = "a source the content names: " + entry.error().message;
            return outcome;
        }
        parts.push_back(std::move(*entry));
    }
    if (!parts.empty()) {
        seen.text = text;
        seen.parts = parts;
        import::fill_sources(loaded, text, [&](const std::string& url) -> Result<std::string> {
            for (const auto& p : parts)
                if (p.url == url) return read_file_limited(store_.asset_path(p.sha256), import::limits::kMaxSourceBytes);
            return unexpected("not fetched: " + url);
        });
        if (!loaded.content) return reject(std::move(outcome), std::move(seen), std::move(loaded.diagnostics));
    }
    MediaResult media = fetch_media(asset_references(*loaded.content), source_, previous, client_,
                                    options_.media_limits, store_, cancel, media_budget(text.size(), parts),
                                    signed_content());
    outcome.left_out = media.over_budget;
    if (cancel && cancel->load()) return outcome;  // stopping: leave the cache as it was
    media.stored.insert(media.stored.end(), parts.begin(), parts.end());
    if (signed_content()) {
        auto signature = signature_entry(text);
        if (!signature) {
            outcome.result = PollResult::Failed;
            outcome.error = "cache: cannot keep the content's signature";
            return outcome;
        }
        media.stored.push_back(std::move(*signature));
    }
    Manifest m{options_.kind, source_.configured, source_.base,
               options_.kind == SnapshotKind::Posts ? options_.time_zone : std::string(),
               seen.etag, seen.last_modified, outcome.server_time ? outcome.server_time->server_date : system_now(),
               seen.sha256, text.size(), std::move(media.stored), std::move(media.missing)};
    outcome = commit(std::move(outcome), text, std::move(m));
    if (outcome.result == PollResult::Updated) {
        seen_ = std::move(seen);
        if (pending_signature_) {
            // Kept before the screen shows it, so a restart refuses anything older.
            last_signed_ = pending_signature_->version.timestamp;
            if (auto kept = write_last_signed(last_signed_path(store_.dir(), options_.kind, options_.source),
                                              *last_signed_);
                !kept) {
                outcome.error = "cache: " + kept.error().message;
            }
            pending_signature_.reset();
        }
    }
    return outcome;
}

PollOutcome ContentSync::retry_missing_media(PollOutcome outcome, const std::atomic<bool>* cancel) {
    outcome.result = PollResult::Unchanged;
    const Manifest& old = current_->manifest;
    // Media that failed to arrive, and media whose cached files were found missing or damaged.
    std::vector<std::string> refs = current_->lost;
    for (const auto& m : old.missing) refs.push_back(m.url);
    std::vector<AssetEntry> kept = old.assets;
    std::erase_if(kept, [&](const AssetEntry& a) { return std::find(refs.begin(), refs.end(), a.url) != refs.end(); });
    MediaResult media = fetch_media(refs, source_, nullptr, client_, options_.media_limits, store_, cancel,
                                    media_budget(old.content_bytes, kept), signed_content());
    outcome.missing_media = media.missing;
    outcome.left_out = media.over_budget;
    if (media.stored.empty() || (cancel && cancel->load())) return outcome;
    const auto document = read_file_limited(store_.dir() + "/snapshots/" + current_->id + "/content.yaml",
                                            limits::kMaxFileBytes);
    if (!document) {
        outcome.result = PollResult::Failed;
        outcome.error = "cache: " + document.error().message;
        return outcome;
    }
    Manifest m = old;
    m.fetched_at = outcome.server_time ? outcome.server_time->server_date : system_now();
    m.assets = std::move(kept);
    m.assets.insert(m.assets.end(), media.stored.begin(), media.stored.end());
    m.missing = std::move(media.missing);
    return commit(std::move(outcome), *document, std::move(m));
}

PollOutcome ContentSync::commit(PollOutcome outcome, const std::string& document, Manifest manifest) {
    outcome.missing_media = manifest.missing;
    auto committed = store_.commit(document, manifest);
    if (!committed) {
        outcome.result = PollResult::Failed;
        outcome.error = "cache: " + committed.error().message;
        return outcome;
    }
    current_ = std::move(*committed);
    outcome.result = PollResult::Updated;
    outcome.update = ContentUpdate{options_.kind, current_->content, snapshot_version(current_->manifest), current_->id,
                                   current_->manifest.fetched_at, current_->placeholders};
    return outcome;
}

}  // namespace kiosk
