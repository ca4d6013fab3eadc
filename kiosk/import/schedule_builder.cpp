// Every field is optional in the sources, so every step has a sensible answer for "missing".
#include "kiosk/import/schedule_builder.h"

#include <date/tz.h>

#include <algorithm>

#include "kiosk/content/url_resolve.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/text_shape.h"
#include "kiosk/import/time_text.h"

namespace kiosk::import {

ScheduleBuilder::ScheduleBuilder(const ImportOptions& options, const std::string& declared_zone)
    : options_(options), times_(declared_zone, options.zone) {
    if (!times_.unknown_declared().empty())
        warn("time_zone_name \"" + times_.unknown_declared() + "\" is not a time zone name; it is ignored");
}

void ScheduleBuilder::report(Severity severity, const std::string& message) {
    if (out_.diagnostics.size() >= limits::kMaxDiagnostics) {
        ++dropped_diagnostics_;
        return;
    }
    out_.diagnostics.push_back(Diagnostic{severity, SourcePos{options_.source_name, 0, 0}, message});
}

void ScheduleBuilder::add_room(const std::string& raw) {
    const std::string room = clean_line(raw);
    if (!room.empty() && std::find(out_.rooms.begin(), out_.rooms.end(), room) == out_.rooms.end())
        out_.rooms.push_back(room);
}

void ScheduleBuilder::add_date(const std::string& iso) {
    if (parse_iso_date(iso) && std::find(out_.dates.begin(), out_.dates.end(), iso) == out_.dates.end())
        out_.dates.push_back(iso);
}

std::string ScheduleBuilder::speaker_for(const RawPerson& person, const std::string& where) {
    std::string name = clean_line(person.name);
    if (name.empty()) return {};
    const std::string key = person.id.empty() ? "name:" + name : "id:" + person.id;
    if (const auto found = speaker_index_.find(key); found != speaker_index_.end()) {
        Speaker& known = out_.speakers[found->second];
        if (known.bio.empty()) known.bio = clean_rich(person.biography);
        return known.id;
    }
    if (char_count(name) > limits::kMaxNameChars) {
        warn(where + ": a person's name is " + std::to_string(char_count(name)) +
             " characters long, more like a paragraph than a name; it is shortened");
        name = truncate_text(name, limits::kMaxNameChars);
    }
    Speaker s;
    s.id = speaker_ids_.claim(readable_id("p-", person.id.empty() ? name : person.id));
    s.name = name;
    s.bio = clean_rich(person.biography);
    if (!person.avatar.empty())
        s.photo = resolve_reference(options_.base.empty() ? options_.source_name : options_.base, person.avatar);
    s.pos = SourcePos{options_.source_name, 0, 0};
    speaker_index_.emplace(key, out_.speakers.size());
    out_.speakers.push_back(std::move(s));
    return out_.speakers.back().id;
}

void ScheduleBuilder::add(const RawSession& raw) {
    Session s;
    s.title = clean_line(raw.title);
    if (s.title.empty()) return warn(raw.where + ": a session with no title is left out");
    if (out_.sessions.size() >= limits::kMaxItems) {
        ++dropped_sessions_;
        return;
    }
    const auto start = times_.instant(raw.time);
    if (!start) {
        ++untimed_sessions_;
        return warn(raw.where + " \"" + s.title + "\" is left out: " + start.error().message);
    }
    s.start = *start;
    const auto length = parse_clock_duration(raw.duration);
    if (!length && !raw.duration.empty())
        warn(raw.where + " \"" + s.title + "\": duration \"" + raw.duration + "\" is not H:MM or HH:MM:SS");
    s.end = s.start + length.value_or(std::chrono::seconds{0});
    s.id = session_ids_.claim(readable_id("s-", raw.id.empty() ? s.title : raw.id));
    s.room = clean_line(raw.room);
    s.track = clean_line(raw.track);
    s.description = clean_rich(raw.abstract);
    if (s.description.empty()) s.description = clean_rich(raw.description);
    if (s.description.empty()) s.description = clean_line(raw.subtitle);
    for (const auto& person : raw.persons) {
        std::string id = speaker_for(person, raw.where);
        if (!id.empty() && std::find(s.speaker_ids.begin(), s.speaker_ids.end(), id) == s.speaker_ids.end())
            s.speaker_ids.push_back(std::move(id));
    }
    s.pos = SourcePos{options_.source_name, 0, 0};
    add_room(raw.room);
    out_.sessions.push_back(std::move(s));
}

void ScheduleBuilder::fill_dates() {
    const auto* zone = out_.time_zone_name.empty() ? nullptr : date::locate_zone(out_.time_zone_name);
    if (!out_.dates.empty() || zone == nullptr) return;
    for (const auto& s : out_.sessions) {
        const auto local = zone->to_local(s.start);
        add_date(date::format("%F", date::floor<date::days>(local)));
    }
}

ProgrammeImport ScheduleBuilder::finish() && {
    if (dropped_sessions_ > 0)
        warn(std::to_string(dropped_sessions_) + " sessions past the first " + std::to_string(limits::kMaxItems) +
             " are left out");
    if (const std::string note = times_.zone_warning(); !note.empty()) warn(note);
    if (const auto* zone = times_.display_zone()) out_.time_zone_name = zone->name();
    out_.title = clean_line(out_.title);
    std::stable_sort(out_.sessions.begin(), out_.sessions.end(), [](const Session& a, const Session& b) {
        return a.start != b.start ? a.start < b.start : a.room < b.room;
    });
    fill_dates();
    if (out_.sessions.empty() && untimed_sessions_ > 0)
        error("none of the " + std::to_string(untimed_sessions_) + " sessions has a time the kiosk can place");
    else if (out_.sessions.empty() && !has_errors(out_.diagnostics)) warn("the schedule holds no sessions");
    if (dropped_diagnostics_ > 0)
        out_.diagnostics.push_back(Diagnostic{Severity::Warning, SourcePos{options_.source_name, 0, 0},
                                              std::to_string(dropped_diagnostics_) + " more problems not listed"});
    return std::move(out_);
}

}  // namespace kiosk::import
