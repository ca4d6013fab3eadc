// The status file's JSON and systemd's status line, made from a health snapshot.
//
// nlohmann::json does the escaping (quotes, control characters, invalid UTF-8), which is where a
// hand-written writer goes wrong, and the tests read the file back with the same library.
#include <date/date.h>

#include <nlohmann/json.hpp>

#include "kiosk/service/health.h"

namespace kiosk {
namespace {

std::string iso_time(HealthInstant t) { return date::format("%FT%TZ", t); }

nlohmann::json time_or_null(const std::optional<HealthInstant>& t) {
    return t ? nlohmann::json(iso_time(*t)) : nlohmann::json(nullptr);
}

nlohmann::json kib_or_null(const std::optional<std::int64_t>& kib) {
    return kib ? nlohmann::json(*kib) : nlohmann::json(nullptr);
}

const char* connection_name(Connection c) {
    switch (c) {
        case Connection::Unknown: return "unknown";
        case Connection::Online: return "online";
        case Connection::Offline: return "offline";
    }
    return "unknown";
}

// Long errors (a curl message with a URL) are cut for the one-line status, on a character boundary.
std::string clipped(const std::string& text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
    return text.substr(0, end) + "\xE2\x80\xA6";
}

}  // namespace

std::string health_json(const HealthSnapshot& s) {
    nlohmann::ordered_json j;
    j["version"] = s.version;
    j["screen_name"] = s.screen_name;
    j["content_url"] = s.content_url;
    j["content_version"] = s.content_version;
    j["last_fetch_ok"] = time_or_null(s.last_fetch_ok);
    j["connection"] = connection_name(s.connection);
    j["offline_since"] = time_or_null(s.offline_since);
    j["last_error"] = s.last_error;
    j["last_error_at"] = time_or_null(s.last_error_at);
    j["content_rejected"] = s.content_rejected;
    j["missing_media"] = s.missing_media;
    if (s.set_aside) {
        j["set_aside"] = {{"kind", s.set_aside->kind},
                          {"snapshot", s.set_aside->snapshot},
                          {"version", s.set_aside->version},
                          {"starts", s.set_aside->starts},
                          {"fallback", s.set_aside->fallback}};
    } else {
        j["set_aside"] = nullptr;
    }
    j["current_slide"] = s.current_slide;
    j["screen_on"] = s.screen_on;
    j["uptime_seconds"] = s.uptime.count();
    j["memory_rss_kib"] = kib_or_null(s.memory.rss_kib);
    j["memory_pss_kib"] = kib_or_null(s.memory.pss_kib);
    j["written_at"] = iso_time(s.written_at);
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string status_line(const HealthSnapshot& s) {
    std::string line;
    if (!s.screen_on) {
        line = "Screen off (outside on hours)";
    } else if (s.current_slide.empty()) {
        line = "Starting";
    } else {
        line = "Showing " + s.current_slide;
    }
    switch (s.connection) {
        case Connection::Unknown: line += "; connecting"; break;
        case Connection::Online: line += "; online"; break;
        case Connection::Offline:
            line += "; offline since " + date::format("%F %R UTC", s.offline_since.value_or(s.written_at));
            if (!s.last_error.empty()) line += " (" + clipped(s.last_error, 160) + ")";
            break;
    }
    if (s.content_rejected) line += "; the source serves content that does not load";
    if (!s.content_version.empty()) line += "; content " + s.content_version;
    if (s.set_aside) line += "; snapshot " + s.set_aside->snapshot + " set aside";
    return line;
}

}  // namespace kiosk
