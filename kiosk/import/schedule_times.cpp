// Talks after midnight are filed under the previous programme day, so the day's date and the start
// clock are only combined when a source gives no full timestamp.
#include "kiosk/import/schedule_times.h"

#include <date/tz.h>

#include "kiosk/content/local_time.h"
#include "kiosk/import/time_text.h"

namespace kiosk::import {
namespace {

using namespace std::chrono;

const date::time_zone* find_zone(const std::string& name) {
    if (name.empty()) return nullptr;
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        return nullptr;
    }
}

}  // namespace

ScheduleTimes::ScheduleTimes(const std::string& declared, const date::time_zone* fallback)
    : declared_(find_zone(declared)), fallback_(fallback) {
    if (!declared.empty() && declared_ == nullptr) unknown_declared_ = declared;
}

Result<Instant> ScheduleTimes::instant(const SessionTimeText& t) {
    std::optional<LocalSeconds> local;
    if (!t.date.empty()) {
        const auto stamp = parse_rfc3339(t.date);
        if (stamp && stamp->offset) {
            const Instant at = *stamp->instant();
            offsets_.emplace(at, *stamp->offset);
            return at;
        }
        if (stamp) local = stamp->local;
        else if (t.start.empty()) return unexpected("date \"" + t.date + "\" is not a timestamp");
    }
    if (!local) {
        const auto day = parse_iso_date(t.day_date);
        const auto start = parse_clock_duration(t.start);
        if (!day || !start) return unexpected(std::string("no timestamp, and no day date and start time to build one"));
        const auto change = parse_clock_duration(t.day_change);
        // A programme day runs from its day_change to the next; 01:30 is the next calendar day.
        local = LocalSeconds{*day} + *start + ((change && *start < *change) ? days{1} : days{0});
    }
    const date::time_zone* zone = declared_ != nullptr ? declared_ : fallback_;
    if (zone == nullptr)
        return unexpected("\"" + (t.date.empty() ? t.day_date + " " + t.start : t.date) +
                          "\" has no UTC offset and no time zone is named; give time_zone in the organiser's file");
    const auto placed = to_instant(date::local_seconds{local->time_since_epoch()}, *zone);
    if (!placed) return unexpected(placed.error());
    return placed->instant;
}

std::optional<seconds> ScheduleTimes::offset_in(const date::time_zone* zone, Instant at) const {
    if (zone == nullptr) return std::nullopt;
    return zone->get_info(at).offset;
}

bool ScheduleTimes::agrees(const date::time_zone* zone) const {
    if (zone == nullptr) return false;
    for (const auto& [at, offset] : offsets_)
        if (offset_in(zone, at) != offset) return false;
    return true;
}

const date::time_zone* ScheduleTimes::fixed_zone() const {
    if (offsets_.empty()) return nullptr;
    const seconds first = offsets_.begin()->second;
    if (first % hours{1} != seconds{0}) return nullptr;
    for (const auto& entry : offsets_)
        if (entry.second != first) return nullptr;
    // POSIX signs: Etc/GMT-2 is two hours ahead of UTC.
    const long long h = -first.count() / 3600;
    return find_zone(h == 0 ? "Etc/UTC" : std::string("Etc/GMT") + (h > 0 ? "+" : "") + std::to_string(h));
}

const date::time_zone* ScheduleTimes::display_zone() const {
    if (agrees(declared_)) return declared_;
    if (agrees(fallback_) || (offsets_.empty() && fallback_ != nullptr)) return fallback_;
    if (offsets_.empty()) return declared_;
    if (const auto* fixed = fixed_zone()) return fixed;
    return declared_ != nullptr ? declared_ : fallback_;
}

std::string ScheduleTimes::zone_warning() const {
    if (declared_ != nullptr && !agrees(declared_)) {
        for (const auto& [at, offset] : offsets_) {
            const auto expected = offset_in(declared_, at);
            if (expected == offset) continue;
            const auto* shown = display_zone();
            return "time_zone_name says " + declared_->name() + " (" + offset_label(*expected) + " at " +
                   format_local(date::local_seconds{(at + offset).time_since_epoch()}) +
                   ") but the timestamps say " + offset_label(offset) + "; the timestamps are used" +
                   (shown != nullptr && shown != declared_ ? " and times are shown in " + shown->name() : "");
        }
    }
    if (declared_ == nullptr && fallback_ == nullptr) {
        const auto* fixed = fixed_zone();
        if (fixed == nullptr) return "the schedule names no time zone; give time_zone in the organiser's file";
        return "the schedule names no time zone; times are shown at UTC" + offset_label(offsets_.begin()->second) +
               " as its timestamps say; give time_zone in the organiser's file so clock changes are right";
    }
    return {};
}

}  // namespace kiosk::import
