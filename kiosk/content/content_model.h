// The content model: what the organiser's file says, checked and resolved. Plain values, no I/O.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/clock.h"
#include "kiosk/base/diagnostic.h"
#include "kiosk/draw/colour.h"

namespace date {
class time_zone;
}

namespace kiosk {

struct Theme {
    Colour background{0x12, 0x16, 0x22};  // slide background
    Colour surface{0x1E, 0x24, 0x33};     // cards and panels on the background
    Colour text{0xF5, 0xF6, 0xF8};        // main text
    Colour muted{0xA9, 0xB1, 0xC2};       // secondary text
    Colour accent{0xE4, 0x00, 0x3B};      // highlights: "Now", progress, rules
    Colour accent_text{0xFF, 0xFF, 0xFF}; // text drawn on the accent colour
};

struct Event {
    std::string title;
    std::string subtitle;
    std::string venue;
    std::string address;
    std::string time_zone_name;            // IANA name, e.g. Europe/London
    const date::time_zone* zone = nullptr; // never null in a loaded model
    std::vector<std::string> dates;        // ISO dates (YYYY-MM-DD) the event runs on
    std::vector<std::string> organisers;
    std::string logo;                      // resolved path or URL; empty when none
    Theme theme;
};

struct Session {
    std::string id;        // unique; generated from the title when the file gives none
    std::string title;
    std::string room;
    std::string track;
    std::string description;
    std::vector<std::string> speaker_ids;
    Instant start{};
    Instant end{};
    SourcePos pos;         // where the session is written, for later diagnostics
};

struct Speaker {
    std::string id;
    std::string name;
    std::string role;
    std::string affiliation;
    std::string photo;     // resolved path or URL; empty means draw an initials avatar
    std::string bio;
    SourcePos pos;         // where the speaker is written, for later diagnostics
};

struct Post {
    std::string id;        // unique; generated when the file gives none
    std::string author;
    std::string handle;
    std::string avatar;    // resolved path or URL; empty means initials
    std::optional<Instant> time;  // unknown time is never shown as "now"
    std::string text;
    std::string link;
    std::string image;     // resolved path or URL; optional
    std::string image_alt;
    SourcePos pos;         // where the post is written
};

struct Announcement {
    std::string id;
    std::string title;
    std::string body;
    SourcePos pos;         // where the announcement is written
};

enum class SlideKind { Programme, Speakers, Posts, Announcements };

struct SlideRule {
    SlideKind kind = SlideKind::Programme;
    std::chrono::seconds duration{15};  // how long each slide of this kind stays up
    int max_count = 0;                  // at most this many slides of the kind per cycle; 0 = all
};

// At most this many speaker and post slides a cycle when a rule gives no `max`.
inline constexpr int kDefaultSpeakerCards = 8;
inline constexpr int kDefaultPostCards = 10;

// The defaults the loader uses when the file gives no slide rules: programme 20 s, speakers 10 s
// (at most 8), posts 12 s (at most 10), announcements 10 s, in that order.
SlideRule default_slide_rule(SlideKind kind);
std::vector<SlideRule> default_slide_rules();

struct Display {
    std::vector<SlideRule> slides;      // order of the cycle
    std::optional<std::string> room;    // door-screen mode: only this room's sessions
    // A foyer between halls: only these rooms, on the rooms board in this order. Empty: every
    // room, in the programme's order. One room alone is a door screen, as with `room`.
    std::vector<std::string> rooms;
    int announcement_every = 3;         // an announcement after every N other slides; 0 = only in order
};

// A part of the content that the organiser's file takes from another source, such as the
// schedule.json that pretalx or frab already publishes.
struct ExternalSource {
    std::string url;       // resolved against the content file: an http(s) URL or a local path
    std::string format;    // as written ("pretalx-json", "frab-xml"); empty means detect it
    SourcePos pos;         // the 'source' value, for diagnostics about the source as a whole
    SourcePos format_pos;  // the 'format' value
};

struct Content {
    Event event;
    std::vector<Session> programme;     // sorted by start, then room
    // The rooms in the order the file or the export lists them (the rooms board keeps it).
    std::vector<std::string> rooms;
    // Set when the programme comes from a schedule export; the sessions (and the speakers the
    // export names) are filled in from it by the importers before the content is shown.
    std::optional<ExternalSource> programme_source;
    std::vector<Speaker> speakers;
    std::vector<Post> posts;            // as written; the deck sorts newest first
    // Set when the posts come from a Mastodon timeline or a feed, read and moderated like the
    // programme's export.
    std::optional<ExternalSource> posts_source;
    std::vector<Announcement> announcements;
    Display display;
    std::string source;                 // the file or URL it was loaded from

    const Speaker* find_speaker(const std::string& id) const;
    // The sources the file takes parts from (programme, then posts), each once.
    std::vector<ExternalSource> external_sources() const;
};

}  // namespace kiosk
