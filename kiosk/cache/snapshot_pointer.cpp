// Snapshot ids and pointer files: two lines of text, checked strictly when read back.
#include "kiosk/cache/snapshot_pointer.h"

#include <date/date.h>

#include <cctype>

#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/sha256.h"

namespace kiosk {

std::string pointer_file_name(SnapshotKind kind) {
    return kind == SnapshotKind::Posts ? "current-posts" : "current";
}

bool is_snapshot_id(std::string_view id) {
    if (id.empty() || id.size() > 64 || id[0] == '-') return false;
    for (const char c : id) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
    }
    return true;
}

std::string make_snapshot_id(Instant fetched_at, std::string_view manifest_text) {
    return date::format("%Y%m%dT%H%M%SZ", fetched_at) + "-" + sha256_hex(manifest_text).substr(0, 12);
}

std::string format_pointer(const SnapshotPointer& pointer) {
    return pointer.current + "\n" + pointer.previous + "\n";
}

std::optional<SnapshotPointer> parse_pointer(std::string_view text) {
    const auto first_end = text.find('\n');
    if (first_end == std::string_view::npos) return std::nullopt;
    SnapshotPointer p;
    p.current = std::string(text.substr(0, first_end));
    const std::string_view rest = text.substr(first_end + 1);
    const auto second_end = rest.find('\n');
    if (second_end == std::string_view::npos || second_end + 1 != rest.size()) return std::nullopt;
    p.previous = std::string(rest.substr(0, second_end));
    if (!is_snapshot_id(p.current)) return std::nullopt;
    if (!p.previous.empty() && !is_snapshot_id(p.previous)) return std::nullopt;
    return p;
}

std::optional<SnapshotPointer> read_pointer(const std::string& dir, SnapshotKind kind) {
    const auto text = read_file_limited(dir + "/" + pointer_file_name(kind), 1024);
    if (!text) return std::nullopt;
    return parse_pointer(*text);
}

}  // namespace kiosk
