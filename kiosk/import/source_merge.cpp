// Only the sessions and their speakers (or the posts) come from the source; title, venue, zone,
// theme and the display rules stay the organiser's.
#include "kiosk/import/source_merge.h"

#include <algorithm>
#include <set>

#include "kiosk/content/content_checks.h"
#include "kiosk/import/moderation_rules.h"
#include "kiosk/import/source_format.h"

namespace kiosk::import {
namespace {

bool is_programme(SourceFormat f) { return f == SourceFormat::ScheduleJson || f == SourceFormat::ScheduleXml; }

// The format the file names, or nothing to detect it; false when the name is wrong.
bool declared_format(const ExternalSource& source, std::optional<SourceFormat>& format, Diagnostics& out) {
    if (source.format.empty()) return true;
    const auto named = format_from_name(source.format);
    if (named && *named == SourceFormat::Unknown) return true;  // "auto"
    if (named && is_programme(*named)) {
        format = named;
        return true;
    }
    out.push_back({Severity::Error, source.format_pos,
                   "'format' is \"" + source.format + "\", which is not a programme format; use pretalx-json or "
                   "schedule-json (C3VOC schedule.json from pretalx or frab), frab-xml or schedule-xml, or leave "
                   "it out to detect the format"});
    return false;
}

void merge_speakers(Content& content, std::vector<Speaker> imported) {
    for (auto& s : imported) {
        const auto own = std::find_if(content.speakers.begin(), content.speakers.end(),
                                      [&](const Speaker& mine) { return mine.id == s.id; });
        if (own == content.speakers.end()) {
            content.speakers.push_back(std::move(s));
            continue;
        }
        if (own->photo.empty()) own->photo = s.photo;
        if (own->bio.empty()) own->bio = s.bio;
    }
}

// The door-screen check the loader leaves to the import, now that the rooms are known.
void check_room(const Content& content, const ExternalSource& source, Diagnostics& out) {
    if (!content.display.room) return;
    const std::string& room = *content.display.room;
    const bool found = std::any_of(content.programme.begin(), content.programme.end(),
                                   [&](const Session& s) { return s.room == room; });
    if (found) return;
    std::set<std::string> rooms;
    for (const auto& s : content.programme) rooms.insert(s.room);
    std::string list;
    for (const auto& r : rooms) list += (list.empty() ? "" : ", ") + ("'" + r + "'");
    out.push_back({Severity::Warning, source.pos,
                   "no session in " + source.url + " is in room '" + room + "', so this door screen's programme "
                   "will be empty; its rooms are " + (list.empty() ? std::string("none") : list)});
}

// The same for a foyer's rooms: each should be a room of the export.
void check_foyer_rooms(const Content& content, const ExternalSource& source, Diagnostics& out) {
    for (const std::string& room : content.display.rooms) {
        const bool found = std::any_of(content.programme.begin(), content.programme.end(),
                                       [&](const Session& s) { return s.room == room; });
        if (!found) {
            out.push_back({Severity::Warning, source.pos,
                           "no session in " + source.url + " is in room '" + room + "', named in 'display.rooms', "
                           "so this screen shows nothing of it; check the spelling against the export's rooms"});
        }
    }
}

// Only a file that has the section is read for it again: a top-level key starts a line.
bool has_moderation(std::string_view text) {
    return text.starts_with("moderation:") || text.find("\nmoderation:") != std::string_view::npos;
}

}  // namespace

void merge_programme(Content& content, std::string_view bytes, Diagnostics& out) {
    if (!content.programme_source) return;
    const ExternalSource& source = *content.programme_source;
    std::optional<SourceFormat> format;
    if (!declared_format(source, format, out)) return;
    ImportOptions options;
    options.source_name = source.url;
    options.base = source.url;
    options.zone = content.event.zone;
    ProgrammeImport programme = import_programme(bytes, options, format);
    out.insert(out.end(), programme.diagnostics.begin(), programme.diagnostics.end());
    if (!programme.ok()) return;
    if (programme.sessions.empty()) {
        out.push_back({Severity::Warning, source.pos, source.url + " lists no sessions, so the programme is empty"});
    }
    content.programme = std::move(programme.sessions);
    content.rooms = std::move(programme.rooms);
    merge_speakers(content, std::move(programme.speakers));
    complete_model(content);
    check_room(content, source, out);
    check_foyer_rooms(content, source, out);
}

void merge_posts(Content& content, std::string_view bytes, const ModerationRules& rules, Diagnostics& out) {
    if (!content.posts_source) return;
    const ExternalSource& source = *content.posts_source;
    std::optional<SourceFormat> format;
    if (!source.format.empty()) {
        format = format_from_name(source.format);
        const bool posts_format = format && (*format == SourceFormat::MastodonStatuses ||
                                             *format == SourceFormat::JsonFeed || *format == SourceFormat::Rss ||
                                             *format == SourceFormat::Atom || *format == SourceFormat::Unknown);
        if (!posts_format) {
            out.push_back({Severity::Error, source.format_pos,
                           "'format' is \"" + source.format + "\", which is not a posts format; use mastodon, "
                           "json-feed, rss or atom, or leave it out to detect the format"});
            return;
        }
        if (*format == SourceFormat::Unknown) format.reset();
    }
    ImportOptions options;
    options.source_name = source.url;
    options.base = source.url;
    options.zone = content.event.zone;
    const PostsImport posts = import_posts(bytes, options, format);
    out.insert(out.end(), posts.diagnostics.begin(), posts.diagnostics.end());
    if (!posts.ok()) return;
    content.posts = moderate(posts.posts, rules).posts;
}

void fill_sources(LoadResult& result, std::string_view text, const SourceReader& read) {
    if (!result.content) return;
    Content& content = *result.content;
    const auto fetch = [&](const ExternalSource& source, const char* whose) -> std::optional<std::string> {
        auto bytes = read(source.url);
        if (bytes) return std::move(*bytes);
        result.diagnostics.push_back(
            {Severity::Error, source.pos, std::string(whose) + " source cannot be read: " + bytes.error().message});
        return std::nullopt;
    };
    if (content.programme_source) {
        if (const auto bytes = fetch(*content.programme_source, "the programme's")) merge_programme(content, *bytes, result.diagnostics);
    }
    if (content.posts_source) {
        ModerationRules rules;
        if (auto read_rules = read_moderation_rules(text, content.source); read_rules && has_moderation(text)) {
            rules = *read_rules;
        }
        if (const auto bytes = fetch(*content.posts_source, "the posts'")) merge_posts(content, *bytes, rules, result.diagnostics);
    }
    if (has_errors(result.diagnostics)) result.content.reset();
}

LoadResult load_event_text(std::string_view text, const std::string& source_name, const LoadOptions& options,
                           const SourceReader& read) {
    LoadResult result = load_content_text(text, source_name, options);
    check_moderation(result, text, source_name);
    fill_sources(result, text, read);
    return result;
}

void check_moderation(LoadResult& result, std::string_view text, const std::string& source_name) {
    if (!result.content || !has_moderation(text)) return;
    if (auto rules = read_moderation_rules(text, source_name); !rules) {
        result.diagnostics.push_back(to_diagnostic(rules.error()));
        result.content.reset();
    }
}

}  // namespace kiosk::import
