// Mark and sweep over the cache folder: pointers mark snapshots, manifests mark assets.
#include "kiosk/cache/cache_collector.h"

#include <chrono>
#include <filesystem>
#include <set>
#include <system_error>

#include "kiosk/base/log.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_pointer.h"
#include "kiosk/cache/trial_files.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

// Long enough for any asset fetch that precedes a commit; short enough that space returns soon.
constexpr auto kAssetGrace = std::chrono::minutes(10);

struct Marks {
    std::set<std::string> snapshots;
    std::set<std::string> assets;
};

std::uint64_t size_of(const fs::path& path) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
    std::uint64_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
        if (entry.is_regular_file(ec)) total += entry.file_size(ec);
    }
    return total;
}

Marks mark(const std::string& dir, bool keep_previous) {
    Marks marks;
    for (const auto kind : {SnapshotKind::Content, SnapshotKind::Posts}) {
        const auto pointer = read_pointer(dir, kind);
        if (!pointer) continue;
        marks.snapshots.insert(pointer->current);
        if (keep_previous && !pointer->previous.empty()) marks.snapshots.insert(pointer->previous);
        // The last good snapshot is what a poisoned one falls back to: kept whatever the bound says.
        if (const TrialBook book = read_trial_book(dir, kind); !book.good.empty()) marks.snapshots.insert(book.good);
    }
    for (const auto& id : marks.snapshots) {
        const auto text = read_file_limited(dir + "/snapshots/" + id + "/manifest.yaml", 8 * 1024 * 1024);
        if (!text) continue;
        const auto manifest = parse_manifest(*text);
        if (!manifest) continue;
        for (const auto& a : manifest->assets) marks.assets.insert(a.sha256);
    }
    return marks;
}

bool is_young(const fs::directory_entry& entry) {
    std::error_code ec;
    const auto written = entry.last_write_time(ec);
    return !ec && fs::file_time_type::clock::now() - written < kAssetGrace;
}

void remove_counted(const fs::path& path, CollectReport& report, int& counter) {
    const std::uint64_t bytes = size_of(path);
    std::error_code ec;
    if (fs::remove_all(path, ec) > 0 && !ec) {
        report.removed_bytes += bytes;
        ++counter;
    }
}

void sweep(const std::string& dir, const Marks& marks, bool spare_young, CollectReport& report) {
    std::error_code ec;
    report.kept_bytes = 0;
    for (const auto& entry : fs::directory_iterator(dir + "/snapshots", ec)) {
        const std::string name = entry.path().filename().string();
        if (marks.snapshots.count(name)) report.kept_bytes += size_of(entry.path());
        else remove_counted(entry.path(), report, report.removed_snapshots);
    }
    for (const auto& entry : fs::directory_iterator(dir + "/assets", ec)) {
        const std::string name = entry.path().filename().string();
        const bool named = is_sha256_hex(name);
        if (named && marks.assets.count(name)) report.kept_bytes += size_of(entry.path());
        else if (spare_young && is_young(entry)) report.kept_bytes += named ? size_of(entry.path()) : 0;
        else remove_counted(entry.path(), report, report.removed_assets);
    }
}

std::string kib(std::uint64_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KiB"; }

void forget_previous(const std::string& dir) {
    for (const auto kind : {SnapshotKind::Content, SnapshotKind::Posts}) {
        auto pointer = read_pointer(dir, kind);
        if (!pointer || pointer->previous.empty()) continue;
        pointer->previous.clear();
        // The previous snapshot is removed either way; a pointer left naming it only finds it gone.
        if (auto written = write_file_durably(dir + "/" + pointer_file_name(kind), format_pointer(*pointer));
            !written) {
            log::warning("cache: " + written.error().message + "; the " + std::string(kind_name(kind)) +
                         " pointer still names a previous snapshot that is removed");
        }
    }
}

}  // namespace

CollectReport collect_garbage(const std::string& dir, std::uint64_t max_bytes) {
    CollectReport report;
    sweep(dir, mark(dir, true), true, report);
    if (report.kept_bytes > max_bytes) {
        forget_previous(dir);
        report.dropped_previous = true;
        sweep(dir, mark(dir, false), false, report);
        log::warning("cache: above its limit of " + kib(max_bytes) + "; kept only the current snapshots (" +
                     kib(report.kept_bytes) + ")");
    }
    if (report.removed_snapshots + report.removed_assets > 0) {
        log::debug("cache: removed " + std::to_string(report.removed_snapshots) + " snapshots and " +
                   std::to_string(report.removed_assets) + " assets (" + kib(report.removed_bytes) + "); " +
                   kib(report.kept_bytes) + " in use");
    }
    return report;
}

}  // namespace kiosk
