// Reading dates and wall-clock times from the content file, and placing them in the event's zone.
#pragma once

#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/content/content_model.h"

namespace kiosk {

struct DateTimeText {
    date::local_seconds local{};                 // the date and clock reading as written
    std::optional<std::chrono::seconds> offset;  // set when the text ends in Z or +hh:mm
};

// "2023-10-09 17:30", "2023-10-09T17:30:15"; with `allow_offset`, also "...Z" and "...+01:00".
// Errors say what is wrong in plain words, e.g. that 2023-02-30 is not a real date.
Result<DateTimeText> parse_date_time(std::string_view text, bool allow_offset);

// "2023-10-09".
Result<date::local_days> parse_date(std::string_view text);

struct ZonedInstant {
    Instant instant{};
    std::string warning;  // set when the local time happens twice (clocks going back)
};

// The instant a local time names in `zone`. A time skipped by a clock change is an error; a time
// that happens twice takes the earlier instant, with a warning.
Result<ZonedInstant> to_instant(date::local_seconds local, const date::time_zone& zone);

// "2023-10-09 17:30" (seconds only when not zero).
std::string format_local(date::local_seconds local);

// "2023-10-09T13:50:00Z" and back; nothing for any other form. For times kept in files the
// kiosk writes itself (manifests, kiosk feed's state).
std::string format_utc(Instant t);
std::optional<Instant> parse_utc(std::string_view text);

}  // namespace kiosk
