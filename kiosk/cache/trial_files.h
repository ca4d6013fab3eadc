// Boot counting on disk: the trial book and the list of set-aside documents in the cache folder,
// each replaced atomically and flushed, so a power cut leaves the old record or the new one.
//
//   trial       "good <id>\n" and "trial <id> <starts>\n", each line present only when it applies
//   trial-posts the same for the posts snapshots, which are counted apart from the content's
//   set-aside   "<document sha256> <snapshot id> <starts>\n" per set-aside document, newest last
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/cache/snapshot_trial.h"

namespace kiosk {

std::string format_trial_book(const TrialBook& book);
// Nothing when the text is not a trial book (a damaged file counts as no record at all).
std::optional<TrialBook> parse_trial_book(std::string_view text);

TrialBook read_trial_book(const std::string& dir, SnapshotKind kind = SnapshotKind::Content);
Status write_trial_book(const std::string& dir, const TrialBook& book, SnapshotKind kind = SnapshotKind::Content);

struct SetAsideRecord {
    std::string document_sha256;  // the document that failed; the same bytes are refused again
    std::string id;
    int starts = 0;
};

// The documents set aside, newest last (at most 16 are remembered).
std::vector<SetAsideRecord> read_set_aside(const std::string& dir);

// A snapshot set aside at this start, for the log and the status file.
struct SetAsideReport {
    std::string id;
    std::string version;   // its ETag, else "sha256:" and 12 hex digits of its document
    int starts = 0;
    std::string fallback;  // the good snapshot now current; empty when there is none
    SnapshotKind kind = SnapshotKind::Content;
};

// The snapshot of `kind` current in the cache folder `dir`, its trial book, and plan_boot's decision
// for them; nothing when the folder has no snapshot of that kind.
struct BootRecord {
    std::string current;
    TrialBook book;
    BootPlan plan;
};
std::optional<BootRecord> read_boot_record(const std::string& dir, SnapshotKind kind = SnapshotKind::Content);

// What begin_boot did at this start: the snapshot it set aside, if any, and the trial book as it
// stands after this start, so that the caller need not read the book again.
struct BootStart {
    std::optional<SetAsideReport> set_aside;
    TrialBook book;
};

// At start, before the snapshot of `kind` is read: counts this start for a snapshot on trial, or
// sets it aside (makes the last good snapshot current, remembers its document) after
// kMaxTrialStarts starts that did not last. Logs one line when it sets one aside. Content and
// posts snapshots are counted apart: a poisoned posts feed costs the posts, not the programme.
BootStart begin_boot(const std::string& dir, SnapshotKind kind);

// The content snapshot that the next start would show from the cache folder `dir`, as
// begin_boot and load_initial would pick it, but read without counting a start or
// changing anything: for previews of what a screen shows with the network down. The error says
// why there is none.
Result<CachedSnapshot> preview_boot_snapshot(const std::string& dir, const DocumentLoader& load);

// The kiosk put a newly committed snapshot on screen: its first start.
Status record_new_snapshot(const std::string& dir, const std::string& id, SnapshotKind kind = SnapshotKind::Content);
// Snapshot `id` stayed on screen long enough: it is the one to fall back to from now on.
Status record_confirmed(const std::string& dir, const std::string& id, SnapshotKind kind = SnapshotKind::Content);
// The kiosk stopped cleanly while `id` was on trial: this start does not count against it.
Status record_clean_stop(const std::string& dir, const std::string& id, SnapshotKind kind = SnapshotKind::Content);

}  // namespace kiosk
