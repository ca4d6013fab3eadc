// The readers of each top-level section of a content file, and what they share while reading.
#pragma once

#include <date/tz.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/content/content_loader.h"
#include "kiosk/content/content_model.h"
#include "kiosk/content/field_reader.h"
#include "kiosk/content/id_registry.h"

namespace kiosk {

struct ReadContext {
    ReadContext(Reporter& r, const LoadOptions& o, std::string b) : reporter(r), options(o), base(std::move(b)) {}

    Reporter& reporter;
    const LoadOptions& options;
    std::string base;                          // what relative references resolve against
    const date::time_zone* zone = nullptr;     // null when the event's zone is missing or unknown
    IdRegistry speaker_ids{"speaker"};
    std::set<std::string, std::less<>> rooms;  // rooms of the programme, read before the display
    bool programme_external = false;           // the sessions come from a schedule export, read later
};

void read_event(MapReader& root, ReadContext& ctx, Event& event);
void read_speakers(MapReader& root, ReadContext& ctx, std::vector<Speaker>& speakers);
// The programme: a list of sessions, or a map naming the schedule export they come from.
void read_programme(MapReader& root, ReadContext& ctx, std::vector<Session>& programme,
                    std::optional<ExternalSource>& source);
// The posts: a list, or a map naming the timeline or feed they come from.
void read_posts(MapReader& root, ReadContext& ctx, std::vector<Post>& posts, std::optional<ExternalSource>& source);
void read_announcements(MapReader& root, ReadContext& ctx, std::vector<Announcement>& announcements);
void read_display(MapReader& root, ReadContext& ctx, Display& display);

// A photo, avatar, logo or image reference: URLs kept, relative paths resolved against the base,
// local files checked when the options allow. `consequence` ends the missing-file warning.
std::string read_media(MapReader& m, std::string_view key, std::string_view consequence, ReadContext& ctx);

// A local date and time in the event's zone; reports bad forms, impossible dates and clock gaps.
std::optional<Instant> read_local_instant(MapReader& m, std::string_view key, Need need, ReadContext& ctx);

// The text of an optional or required field, empty when absent or wrong.
std::string read_text(MapReader& m, std::string_view key, Need need = Need::Optional,
                      std::string_view expect = "text", std::size_t max_chars = limits::kMaxFieldChars);

}  // namespace kiosk
