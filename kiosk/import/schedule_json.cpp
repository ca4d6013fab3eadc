// The schema (voc/schedule: validator/json/schema.json) nests schedule > conference > days[] >
// rooms{name: [events]}. Each event's `date` is the full timestamp, and the one to trust.
#include "kiosk/import/schedule_json.h"

#include "kiosk/import/schedule_builder.h"

namespace kiosk::import {
namespace {

std::string first_text(const Json& j, std::initializer_list<std::string_view> keys) {
    for (const auto key : keys)
        if (std::string t = localised_text(member(j, key)); !t.empty()) return t;
    return {};
}

RawPerson person_from(const Json& p) {
    RawPerson out;
    if (p.is_string()) {
        out.name = p.get<std::string>();
        return out;
    }
    out.id = first_text(p, {"code", "guid", "id"});
    out.name = first_text(p, {"public_name", "name", "full_public_name"});
    out.biography = first_text(p, {"biography", "bio"});
    out.avatar = first_text(p, {"avatar", "avatar_url"});
    return out;
}

RawSession session_from(const Json& e, const Json& day, const std::string& room_key, const std::string& where) {
    RawSession s;
    s.where = where;
    s.id = first_text(e, {"guid", "id", "slug"});
    s.title = text_at(e, "title");
    s.subtitle = text_at(e, "subtitle");
    s.room = first_text(e, {"room"});
    if (s.room.empty()) s.room = room_key;
    s.track = localised_text(member(e, "track"));
    s.abstract = text_at(e, "abstract");
    s.description = text_at(e, "description");
    s.duration = text_at(e, "duration");
    s.time.date = text_at(e, "date");
    s.time.start = text_at(e, "start");
    s.time.day_date = text_at(day, "date");
    const std::string day_start = text_at(day, "day_start");
    if (day_start.size() >= 16) s.time.day_change = day_start.substr(11, 5);
    for (const auto& p : array_at(e, "persons")) s.persons.push_back(person_from(p));
    return s;
}

void read_day(const Json& day, std::size_t index, ScheduleBuilder& builder) {
    builder.add_date(text_at(day, "date"));
    const Json* rooms = member(day, "rooms");
    if (rooms == nullptr || rooms->is_null()) return;
    if (!rooms->is_object())
        return builder.warn("day " + std::to_string(index + 1) + ": rooms is " + type_name(*rooms) + ", not an object");
    for (const auto& room : rooms->items()) {
        builder.add_room(room.key());
        if (!room.value().is_array()) continue;
        std::size_t n = 0;
        for (const auto& e : room.value()) {
            const std::string where = "day " + std::to_string(index + 1) + ", room " + room.key() + ", event " +
                                      std::to_string(++n);
            if (e.is_object()) builder.add(session_from(e, day, room.key(), where));
            else builder.warn(where + " is " + type_name(e) + ", not an object; it is left out");
        }
    }
}

void read_rooms(const Json& conference, ScheduleBuilder& builder) {
    for (const auto& room : array_at(conference, "rooms"))
        builder.add_room(room.is_object() ? localised_text(member(room, "name")) : text_of(&room));
}

}  // namespace

ProgrammeImport import_schedule_json_document(const Json& document, const ImportOptions& options) {
    const Json* schedule = member(document, "schedule");
    const Json* conference = schedule != nullptr ? member(*schedule, "conference") : member(document, "conference");
    if (conference == nullptr || !conference->is_object()) {
        ProgrammeImport out;
        out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0},
                                   "not a schedule.json: there is no schedule.conference object"});
        return out;
    }
    ScheduleBuilder builder(options, text_at(*conference, "time_zone_name"));
    builder.set_title(localised_text(member(*conference, "title")));
    read_rooms(*conference, builder);
    const Json& days = array_at(*conference, "days");
    for (std::size_t i = 0; i < days.size(); ++i)
        if (days[i].is_object()) read_day(days[i], i, builder);
    return std::move(builder).finish();
}

ProgrammeImport import_schedule_json(std::string_view bytes, const ImportOptions& options) {
    auto document = parse_json(bytes);
    if (!document) {
        ProgrammeImport out;
        out.diagnostics.push_back(
            to_diagnostic(Error{.message = document.error().message, .pos = SourcePos{.file = options.source_name}}));
        return out;
    }
    return import_schedule_json_document(*document, options);
}

}  // namespace kiosk::import
