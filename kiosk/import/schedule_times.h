// When a schedule's sessions happen: each instant from its full timestamp, and the zone to show it in.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "kiosk/base/result.h"
#include "kiosk/content/content_model.h"

namespace kiosk::import {

// What one session says about its time, as text from either schedule format.
struct SessionTimeText {
    std::string date;        // the full timestamp, "2019-08-21T11:00:00+02:00"; may be empty
    std::string day_date;    // the programme day it is listed under, "2019-08-21"
    std::string start;       // the clock reading, "11:00"
    std::string day_change;  // the clock reading at which a programme day begins, "04:00"
};

class ScheduleTimes {
public:
    // `declared` is the source's time_zone_name (may be empty or unknown); `fallback` the zone the
    // organiser's file or the config names (may be null).
    ScheduleTimes(const std::string& declared, const date::time_zone* fallback);

    // Not a real zone name, for a warning; empty when the declared name was fine or missing.
    const std::string& unknown_declared() const { return unknown_declared_; }

    // The instant, or a sentence saying why there is none. Timestamps with offsets are taken as they
    // are; floating times and day/start pairs are placed in the declared or fallback zone.
    Result<Instant> instant(const SessionTimeText& t);

    // The zone to show local times in, chosen after every session is read: the declared zone when
    // the offsets agree with it, else the fallback, else a fixed offset the timestamps share.
    const date::time_zone* display_zone() const;

    // A warning about the zone, or empty: a declared zone the offsets contradict, or no zone at all.
    std::string zone_warning() const;

private:
    std::optional<std::chrono::seconds> offset_in(const date::time_zone* zone, Instant at) const;
    bool agrees(const date::time_zone* zone) const;
    const date::time_zone* fixed_zone() const;

    const date::time_zone* declared_ = nullptr;
    const date::time_zone* fallback_ = nullptr;
    std::string unknown_declared_;
    std::map<Instant, std::chrono::seconds> offsets_;  // every written offset, by instant
};

}  // namespace kiosk::import
