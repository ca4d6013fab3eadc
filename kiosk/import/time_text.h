// Times as exports and feeds write them: RFC 3339 stamps, RFC 822 dates, H:MM durations.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "kiosk/content/content_model.h"

namespace kiosk::import {

using LocalSeconds = std::chrono::local_seconds;

struct Stamp {
    LocalSeconds local{};                        // the date and clock as written
    std::optional<std::chrono::seconds> offset;  // from "Z" or "+01:00"; none for a floating time
    std::optional<Instant> instant() const;      // local minus offset, when there is an offset
};

// "2019-08-21T11:00:00+02:00", "2017-04-21T15:00:42.000Z", "2019-08-21 11:00"; fractions dropped.
std::optional<Stamp> parse_rfc3339(std::string_view text);

// "0:30", "00:30", "01:30:00": the C3VOC schema's duration; also a clock reading for `start`.
std::optional<std::chrono::seconds> parse_clock_duration(std::string_view text);

// "2019-08-21".
std::optional<std::chrono::local_days> parse_iso_date(std::string_view text);

// "+02:00", "-05:30", "+00:00".
std::string offset_label(std::chrono::seconds offset);

}  // namespace kiosk::import
