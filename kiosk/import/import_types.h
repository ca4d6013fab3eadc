// What the importers hand back: programme and post sources mapped to the content model, with diagnostics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/diagnostic.h"
#include "kiosk/content/content_model.h"

namespace date {
class time_zone;
}

namespace kiosk::import {

struct ImportOptions {
    std::string source_name;  // the file or URL, named in diagnostics
    // Relative avatar and image references resolve against this; empty means source_name.
    std::string base;
    // The zone the organiser's file or the config names; used when the source names none.
    const date::time_zone* zone = nullptr;
};

struct ProgrammeImport {
    std::string title;
    std::string time_zone_name;        // the zone the local times are shown in; empty when unknown
    std::vector<std::string> dates;    // ISO dates the event runs on
    std::vector<std::string> rooms;    // in the source's order
    std::vector<Session> sessions;     // sorted by start, then room
    std::vector<Speaker> speakers;
    Diagnostics diagnostics;
    bool ok() const { return !has_errors(diagnostics); }
};

// One page of pretalx's speakers API: bios and avatars for speaker cards.
struct SpeakersImport {
    std::vector<Speaker> speakers;  // ids as the schedule importers make them from pretalx codes
    std::string next;               // the next page's URL; empty on the last page
    Diagnostics diagnostics;
    bool ok() const { return !has_errors(diagnostics); }
};

// A post as the source describes it, with the facts moderation needs that the screen never shows.
struct SourcePost {
    Post post;                     // what the screen shows when the post is let through
    std::string source_id;         // the source's own id, an opaque string (a boost's own id)
    std::string original_id;       // for a boost, the boosted status's id; else the same as source_id
    std::string url;               // its public page, if any
    std::string account;           // "user@host", lower case; empty for feeds without one
    std::string boosted_by_account;  // the booster's "user@host" for a boost
    std::string content_warning;   // Mastodon's spoiler_text
    bool sensitive = false;
    bool reply = false;
    bool image_without_alt = false;  // the first image has no description
};

struct PostsImport {
    std::vector<SourcePost> posts;  // in the source's order
    Diagnostics diagnostics;
    bool ok() const { return !has_errors(diagnostics); }
};

}  // namespace kiosk::import
