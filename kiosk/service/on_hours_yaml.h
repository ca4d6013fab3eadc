// Reading the on_hours setting from YAML: one window, a list of windows, or a map of days.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>

#include "kiosk/content/reporter.h"
#include "kiosk/service/on_hours.h"

namespace kiosk {

// The forms docs/configuration.md describes:
//   on_hours: "07:30-22:00"                       every day
//   on_hours: ["08:00-12:00", "13:00-18:00"]      every day, two windows
//   on_hours: {daily: ..., weekdays: ..., weekend: ..., mon: ..., sun: off, dimmed_clock: true}
// A named day beats weekdays/weekend, which beat daily; a day no key covers is off.
// Every problem is reported; nothing is returned when there was an error.
std::optional<OnHours> read_on_hours(const YAML::Node& node, Reporter& reporter);

}  // namespace kiosk
