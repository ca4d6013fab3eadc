// Calendar arithmetic in the event's time zone: which local day an instant falls on, and its names.
#pragma once

#include <date/date.h>

#include <string>

#include "kiosk/content/content_model.h"

namespace kiosk {

// A calendar day on the event's wall clocks. Days are counted on local time, so a day that has
// 23 or 25 hours because of a clock change is still one day.
using LocalDay = date::local_days;

// The event's zone; UTC when the model has none, as in content assembled by hand.
const date::time_zone& event_zone(const Content& content);

// The wall-clock reading in `zone` at `t`.
date::local_seconds to_local(Instant t, const date::time_zone& zone);

// The local day `t` falls on in `zone`.
LocalDay local_day_of(Instant t, const date::time_zone& zone);

// Whole calendar days from `from` to `to`; negative when `to` is earlier.
int days_between(LocalDay from, LocalDay to);

// "14:05"
std::string clock_label(date::local_seconds t);

// "Monday 9 October"
std::string day_label(LocalDay day);

// "Mon 9 Oct"
std::string short_day_label(LocalDay day);

}  // namespace kiosk
