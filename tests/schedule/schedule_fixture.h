// Content assembled in code for the schedule tests: an event in Europe/London and local-time helpers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk::test {

// An empty event in Europe/London with the default display rules.
Content london_event();

// The instant of a local wall-clock time "YYYY-MM-DD HH:MM" in Europe/London; in the repeated
// hour of the autumn change, the first (summer-time) reading.
Instant london(std::string_view local);

// The instant of a UTC time "YYYY-MM-DD HH:MM".
Instant utc(std::string_view text);

// Appends a session with local start and end times.
void add_session(Content& content, const std::string& id, std::string_view start, std::string_view end,
                 const std::string& room = "", const std::vector<std::string>& speakers = {});

void add_speaker(Content& content, const std::string& id);
void add_post(Content& content, const std::string& id, std::optional<Instant> time);
void add_announcement(Content& content, const std::string& id);

}  // namespace kiosk::test
