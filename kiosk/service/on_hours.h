// When the screen is on: daily or per-weekday "07:30-22:00" windows in the venue's local time.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/tz.h>

namespace kiosk {

// Minutes from local midnight. A window whose end is not after its start runs past midnight
// into the next day ("22:00-02:00"); "00:00-24:00" is the whole day.
struct TimeWindow {
    int start_minute = 0;
    int end_minute = 24 * 60;
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

struct OnHours {
    bool always = true;                           // no on_hours given: the screen never sleeps
    std::array<std::vector<TimeWindow>, 7> days;  // indexed by weekday, 0 = Sunday
    bool dimmed_clock = false;                    // off hours show a dim clock, not black
    friend bool operator==(const OnHours&, const OnHours&) = default;
};

// Parses "07:30-22:00" (24-hour clock, "24:00" allowed as an end). On failure, says why.
std::optional<TimeWindow> parse_time_window(std::string_view text, std::string& why);

// True when `local` (a wall-clock time in the zone the hours are written in) falls inside a
// window of its own day, or inside the part after midnight of a window that began the day before.
bool within_on_hours(const OnHours& hours, date::local_seconds local);

// The same for an instant, read in `zone`.
bool within_on_hours(const OnHours& hours, std::chrono::sys_seconds now, const date::time_zone& zone);

// "always", or "Mon-Fri 07:30-22:00; Sat 09:00-18:00; Sun off", for check-config and the log.
std::string describe(const OnHours& hours);

}  // namespace kiosk
