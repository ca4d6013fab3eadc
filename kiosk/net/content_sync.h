// One poll of a content source: fetch conditionally, check, fetch media, commit a snapshot.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/diagnostic.h"
#include "kiosk/base/result.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/cache/trial_files.h"
#include "kiosk/net/clock_check.h"
#include "kiosk/net/http_client.h"
#include "kiosk/net/source_policy.h"
#include "kiosk/trust/minisign.h"
#include "kiosk/trust/signed_document.h"

namespace kiosk {

struct SyncOptions {
    std::string source;                         // http(s) URL, file:// URL or path, as configured
    SnapshotKind kind = SnapshotKind::Content;
    std::string time_zone;                      // posts only: the event's IANA zone
    std::string cache_dir;
    std::uint64_t cache_max_bytes = kDefaultCacheBytes;  // also each snapshot's byte budget
    FetchLimits document_limits = FetchLimits::for_content();
    FetchLimits media_limits = FetchLimits::for_image();
    TlsOptions tls;
    // With keys, only documents signed by one of them are shown (their signature is fetched from
    // the document's URL plus ".minisig"), and only files the signed document pins by SHA-256.
    std::vector<trust::PublicKey> trusted_keys;
};

// New content for the screen, read back from the snapshot just committed.
struct ContentUpdate {
    SnapshotKind kind = SnapshotKind::Content;
    Content content;                 // media fields name cached files; empty ones draw placeholders
    std::string version;             // the ETag, else "sha256:" and 12 hex digits of the document
    std::string snapshot_id;
    Instant fetched_at{};
    std::size_t missing_media = 0;
};

enum class PollResult {
    Updated,    // new content (or newly fetched media) is in the cache and in `update`
    Unchanged,  // 304, or the same bytes: nothing parsed, nothing written
    Rejected,   // the source answered, but with a document that does not load
    Failed,     // the source could not be reached or answered with an error
};

struct PollOutcome {
    PollResult result = PollResult::Failed;
    std::optional<ContentUpdate> update;
    std::string error;                         // one line for Rejected and Failed
    Diagnostics diagnostics;                   // Rejected: the loader's findings, file:line:column
    bool repeated = false;                     // Rejected again for a document already reported
    std::vector<MissingAsset> missing_media;   // media that failed in this poll
    std::vector<std::string> left_out;         // of which: left out by the snapshot's byte budget
    bool not_modified = false;                 // the source answered 304
    std::optional<ServerTimeSample> server_time;
    std::optional<Instant> retry_after;        // Failed with 429 or 503: when the server asked to be asked again
};

// The ETag of the snapshot's document, else "sha256:" and the first 12 hex digits of its hash.
std::string snapshot_version(const Manifest& manifest);

class ContentSync {
public:
    // Fails only when the source itself is unusable (an unsupported scheme, an empty name), or
    // libcurl cannot make a transfer handle.
    static Result<ContentSync> create(SyncOptions options);

    // Blocks for the length of the transfers; `cancel` aborts them.
    PollOutcome poll(const std::atomic<bool>* cancel = nullptr);

    // The cached snapshot of this source; read from disk by the first poll.
    const std::optional<CachedSnapshot>& current() const { return current_; }
    const ContentSource& source() const { return source_; }
    const SyncOptions& options() const { return options_; }

private:
    // What the source last sent, good or bad, so an unchanged bad document is not parsed again.
    struct Seen {
        std::string etag;
        std::string last_modified;
        std::string sha256;
        bool rejected = false;
        std::string error;
        Diagnostics diagnostics;
        // For a document that takes parts from other sources (a schedule export, a timeline): its
        // text, so that a change of a source alone rebuilds the content, and each source as last
        // fetched with it.
        std::string text;
        std::vector<AssetEntry> parts;
        bool signature_refused = false;  // its signature was asked for again at every poll
    };

    // A document's signature, checked and waiting to be stored with its snapshot.
    struct PendingSignature {
        std::string text;
        trust::SignedVersion version;
    };

    ContentSync(SyncOptions options, ContentSource source, HttpClient client);
    void load_cached();
    FetchRequest document_request() const;
    PollOutcome on_same_document(PollOutcome outcome, const std::atomic<bool>* cancel);
    PollOutcome on_new_document(PollOutcome outcome, const FetchResponse& response, const std::atomic<bool>* cancel);
    // Loads `text` with the sources it names (those in `fetched` as they are, the others fetched
    // now), fetches its media and commits it; `seen` describes the document.
    PollOutcome build(PollOutcome outcome, const std::string& text, Seen seen, std::vector<AssetEntry> fetched,
                      const std::atomic<bool>* cancel);
    PollOutcome reject(PollOutcome outcome, Seen seen, Diagnostics diagnostics);
    bool signed_content() const { return !options_.trusted_keys.empty(); }
    // Fetches and checks the document's signature; a refusal is returned as the outcome.
    std::optional<PollOutcome> refuse_unsigned(PollOutcome& outcome, const std::string& text, Seen& seen,
                                               const std::atomic<bool>* cancel);
    // The signature to store with a snapshot of `text`: the one just checked, or the current
    // snapshot's for the same document.
    std::optional<AssetEntry> signature_entry(const std::string& text);
    // A document set aside because the screen could not keep showing it; refused until it changes.
    std::optional<PollOutcome> refuse_set_aside(PollOutcome& outcome, Seen& seen);
    // Re-validates the sources of the document last seen; nothing when none has changed.
    std::optional<PollOutcome> check_parts(PollOutcome& outcome, const std::atomic<bool>* cancel);
    PollOutcome retry_missing_media(PollOutcome outcome, const std::atomic<bool>* cancel);
    PollOutcome commit(PollOutcome outcome, const std::string& document, Manifest manifest);
    // What the snapshot's media may take of cache_max_bytes beside its document and `held` parts.
    std::uint64_t media_budget(std::uint64_t document_bytes, const std::vector<AssetEntry>& held) const;

    SyncOptions options_;
    ContentSource source_;
    SnapshotStore store_;
    HttpClient client_;
    bool cache_read_ = false;
    std::optional<CachedSnapshot> current_;  // the snapshot of this source the cache holds
    std::optional<Seen> seen_;
    std::vector<SetAsideRecord> set_aside_;  // read with the cache at the first poll
    std::optional<PendingSignature> pending_signature_;
    std::optional<std::int64_t> last_signed_;  // the newest accepted signature's timestamp
};

}  // namespace kiosk
