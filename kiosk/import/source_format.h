// Telling what a source is from its bytes, and importing it as a programme or as posts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kiosk/import/import_types.h"

namespace kiosk::import {

enum class SourceFormat {
    ScheduleJson,     // C3VOC schedule.json (frab, pretalx)
    ScheduleXml,      // frab / pentabarf schedule.xml
    PretalxSpeakers,  // pretalx /api/events/<slug>/speakers/
    MastodonStatuses, // a timeline, an account's statuses, or one status
    JsonFeed,
    Rss,
    Atom,
    Unknown,
};

// "pretalx-json", "frab-xml", ... as the organiser's file names them; nothing for other words.
// Every name the enum has is accepted, as are the names of the tools that write each format.
std::optional<SourceFormat> format_from_name(std::string_view name);
std::string format_name(SourceFormat format);

struct Detection {
    SourceFormat format = SourceFormat::Unknown;
    std::string problem;  // why nothing was recognised, in plain words
};

// Looks at the bytes: JSON by its keys, XML by its root element. Binary data and empty files are
// recognised as such and said so.
Detection detect_format(std::string_view bytes);

// Imports a programme source; `format` nothing means detect it.
ProgrammeImport import_programme(std::string_view bytes, const ImportOptions& options,
                                 std::optional<SourceFormat> format = std::nullopt);

// Imports a post source (Mastodon statuses or a feed); `format` nothing means detect it.
PostsImport import_posts(std::string_view bytes, const ImportOptions& options,
                         std::optional<SourceFormat> format = std::nullopt);

}  // namespace kiosk::import
