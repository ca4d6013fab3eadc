// Small valid content and posts files for the cache and network tests, built from a few values.
#pragma once

#include <string>
#include <vector>

namespace kiosk::test {

// An event titled `title` with one speaker per entry of `photos` (an empty entry: no photo),
// a session, and a logo when `logo` is not empty.
std::string content_yaml(const std::string& title, const std::vector<std::string>& photos = {},
                         const std::string& logo = {});

// A posts feed with one post per entry of `texts`, each with `avatar` when it is not empty.
std::string posts_yaml(const std::vector<std::string>& texts, const std::string& avatar = {});

// A C3VOC schedule.json (as pretalx writes it) with one session titled `session`: Main Hall,
// 2023-10-09T17:30:00+01:00 for 75 minutes, given by the pretalx speaker ABC123, Dana Cohen,
// whose avatar is `avatar` when it is not empty.
std::string schedule_json(const std::string& session, const std::string& avatar = {});

// An organiser's file for `title` whose programme comes from `source`, followed by `more` (YAML).
std::string content_yaml_with_programme(const std::string& title, const std::string& source,
                                        const std::string& more = {});

// Writes `text` to `path`, creating folders; the file's time is moved `age_seconds` into the past,
// so servers that derive validators from it see a change even within one second.
void write_text(const std::string& path, const std::string& text, int age_seconds = 0);

}  // namespace kiosk::test
