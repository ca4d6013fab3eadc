// The trial book and the set-aside list on disk; the decisions are plan_boot's (snapshot_trial.h).
#include "kiosk/cache/trial_files.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <sstream>

#include "kiosk/base/log.h"
#include "kiosk/cache/manifest.h"
#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_pointer.h"
#include "kiosk/cache/snapshot_store.h"

namespace kiosk {
namespace {

constexpr std::size_t kMaxRecordBytes = 64 * 1024;
constexpr std::size_t kMaxSetAside = 16;

std::optional<int> small_number(std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > 1000) return std::nullopt;
    return value;
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::string format_set_aside(const std::vector<SetAsideRecord>& records) {
    std::string out;
    for (const auto& r : records) out += r.document_sha256 + " " + r.id + " " + std::to_string(r.starts) + "\n";
    return out;
}

std::string version_of(const Manifest& m) {
    return m.etag.empty() ? "sha256:" + m.content_sha256.substr(0, 12) : m.etag;
}

std::optional<Manifest> manifest_of(const std::string& dir, const std::string& id) {
    const auto text = read_file_limited(dir + "/snapshots/" + id + "/manifest.yaml", 8 * 1024 * 1024);
    if (!text) return std::nullopt;
    auto m = parse_manifest(*text);
    if (!m) return std::nullopt;
    return std::move(*m);
}

// Makes `fallback` the current snapshot of `kind` (or leaves none), so the next read shows it.
Status fall_back(const std::string& dir, SnapshotKind kind, const std::string& fallback) {
    const std::string path = dir + "/" + pointer_file_name(kind);
    if (!fallback.empty()) return write_file_durably(path, format_pointer(SnapshotPointer{fallback, {}}));
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) return unexpected("cannot remove " + path);
    return sync_directory(dir);
}

SetAsideReport set_aside(const std::string& dir, SnapshotKind kind, const std::string& id, int starts,
                         const std::string& good) {
    SetAsideReport report{id, "", starts, {}, kind};
    const auto manifest = manifest_of(dir, id);
    if (manifest) {
        report.version = version_of(*manifest);
        auto records = read_set_aside(dir);
        std::erase_if(records, [&](const SetAsideRecord& r) { return r.document_sha256 == manifest->content_sha256; });
        records.push_back({manifest->content_sha256, id, starts});
        if (records.size() > kMaxSetAside) records.erase(records.begin(), records.end() - kMaxSetAside);
        if (auto w = write_file_durably(dir + "/set-aside", format_set_aside(records)); !w) {
            log::error("cache: " + w.error().message);
        }
    }
    std::error_code ec;
    if (!good.empty() && std::filesystem::is_directory(dir + "/snapshots/" + good, ec)) report.fallback = good;
    if (auto moved = fall_back(dir, kind, report.fallback); !moved) log::error("cache: " + moved.error().message);
    log::error("cache: " + std::string(kind_name(kind)) + " snapshot " + id + " (" + (report.version.empty() ? "unreadable" : report.version) +
               ") set aside: the kiosk stopped " + std::to_string(starts) + " times before it had shown it for " +
               std::to_string(kTrialConfirmAfter.count()) + " s; " +
               (report.fallback.empty() ? "no earlier good snapshot, showing none"
                                        : "showing the last good snapshot " + report.fallback) +
               " until the source changes");
    return report;
}

}  // namespace

std::string format_trial_book(const TrialBook& book) {
    std::string out;
    if (!book.good.empty()) out += "good " + book.good + "\n";
    if (book.trial) out += "trial " + book.trial->id + " " + std::to_string(book.trial->starts) + "\n";
    return out;
}

std::optional<TrialBook> parse_trial_book(std::string_view text) {
    TrialBook book;
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) {
        const auto w = words(line);
        if (w.size() == 2 && w[0] == "good" && is_snapshot_id(w[1]) && book.good.empty()) {
            book.good = w[1];
        } else if (w.size() == 3 && w[0] == "trial" && is_snapshot_id(w[1]) && !book.trial) {
            const auto starts = small_number(w[2]);
            if (!starts) return std::nullopt;
            book.trial = TrialRecord{w[1], *starts};
        } else {
            return std::nullopt;
        }
    }
    return book;
}

std::string trial_file_name(SnapshotKind kind) { return kind == SnapshotKind::Posts ? "trial-posts" : "trial"; }

TrialBook read_trial_book(const std::string& dir, SnapshotKind kind) {
    const auto text = read_file_limited(dir + "/" + trial_file_name(kind), kMaxRecordBytes);
    if (!text) return {};
    return parse_trial_book(*text).value_or(TrialBook{});
}

Status write_trial_book(const std::string& dir, const TrialBook& book, SnapshotKind kind) {
    return write_file_durably(dir + "/" + trial_file_name(kind), format_trial_book(book));
}

std::vector<SetAsideRecord> read_set_aside(const std::string& dir) {
    std::vector<SetAsideRecord> out;
    const auto text = read_file_limited(dir + "/set-aside", kMaxRecordBytes);
    if (!text) return out;
    std::istringstream in(*text);
    for (std::string line; std::getline(in, line);) {
        const auto w = words(line);
        if (w.size() != 3 || !is_sha256_hex(w[0]) || !is_snapshot_id(w[1])) continue;
        out.push_back({w[0], w[1], small_number(w[2]).value_or(0)});
    }
    return out;
}

std::optional<BootRecord> read_boot_record(const std::string& dir, SnapshotKind kind) {
    const auto pointer = read_pointer(dir, kind);
    if (!pointer) return std::nullopt;
    BootRecord record{pointer->current, read_trial_book(dir, kind), {}};
    record.plan = plan_boot(record.book, record.current);
    return record;
}

BootStart begin_boot(const std::string& dir, SnapshotKind kind) {
    if (!read_pointer(dir, kind)) return {};
    auto lock = FileLock::acquire(dir + "/lock");
    if (!lock) {
        log::warning("cache: " + lock.error().message + "; this start is not counted");
        return {.set_aside = std::nullopt, .book = read_trial_book(dir, kind)};
    }
    const auto record = read_boot_record(dir, kind);  // read again under the lock
    if (!record) return {};
    const BootPlan& plan = record->plan;
    BootStart start{.set_aside = std::nullopt, .book = plan.book};
    if (plan.action == BootAction::SetAside) {
        start.set_aside = set_aside(dir, kind, record->current, plan.starts, record->book.good);
    }
    if (format_trial_book(plan.book) != format_trial_book(record->book)) {
        if (auto w = write_trial_book(dir, plan.book, kind); !w) log::error("cache: " + w.error().message);
    }
    return start;
}

Result<CachedSnapshot> preview_boot_snapshot(const std::string& dir, const DocumentLoader& load) {
    const auto record = read_boot_record(dir, SnapshotKind::Content);
    if (!record || record->plan.action == BootAction::Show)
        return SnapshotStore(dir, load).load_current(SnapshotKind::Content);
    if (record->book.good.empty()) {
        return unexpected("snapshot " + record->current + " would be set aside at the next start, and " + dir +
                          " holds no earlier good snapshot to show instead");
    }
    return load_snapshot(dir, record->book.good, SnapshotKind::Content, AssetCheck::Tolerate, load);
}

Status record_new_snapshot(const std::string& dir, const std::string& id, SnapshotKind kind) {
    return write_trial_book(dir, on_new_snapshot(read_trial_book(dir, kind), id), kind);
}

Status record_clean_stop(const std::string& dir, const std::string& id, SnapshotKind kind) {
    return write_trial_book(dir, on_clean_stop(read_trial_book(dir, kind), id), kind);
}

Status record_confirmed(const std::string& dir, const std::string& id, SnapshotKind kind) {
    const TrialBook book = read_trial_book(dir, kind);
    if (book.good == id && !book.trial) return {};
    return write_trial_book(dir, on_confirmed(book, id), kind);
}

}  // namespace kiosk
