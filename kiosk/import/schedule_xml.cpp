// schedule > conference, then schedule > day[@date] > room[@name] > event.
#include "kiosk/import/schedule_xml.h"

#include <cstring>

#include "kiosk/import/schedule_builder.h"
#include "kiosk/import/xml_document.h"

namespace kiosk::import {
namespace {

using tinyxml2::XMLElement;

std::string first_of(const XMLElement& e, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (std::string t = child_text(e, name); !t.empty()) return t;
    return {};
}

RawPerson person_from(const XMLElement& p) {
    RawPerson out;
    out.id = attribute(p, "guid");
    if (out.id.empty()) out.id = attribute(p, "id");
    out.name = element_text(p);
    return out;
}

struct DayContext {
    std::string date;
    std::string day_change;
};

RawSession session_from(const XMLElement& e, const DayContext& day, const std::string& room, const std::string& where) {
    RawSession s;
    s.where = where;
    s.id = attribute(e, "guid");
    if (s.id.empty()) s.id = attribute(e, "id");
    s.title = child_text(e, "title");
    s.subtitle = child_text(e, "subtitle");
    s.room = first_of(e, {"room"});
    if (s.room.empty()) s.room = room;
    s.track = child_text(e, "track");
    s.abstract = child_text(e, "abstract");
    s.description = child_text(e, "description");
    s.duration = child_text(e, "duration");
    s.time = SessionTimeText{child_text(e, "date"), day.date, child_text(e, "start"), day.day_change};
    if (const XMLElement* persons = e.FirstChildElement("persons"))
        for (const XMLElement* p = persons->FirstChildElement("person"); p; p = p->NextSiblingElement("person"))
            s.persons.push_back(person_from(*p));
    return s;
}

void read_day(const XMLElement& day, std::size_t index, const std::string& day_change, ScheduleBuilder& builder) {
    DayContext context{attribute(day, "date"), day_change};
    builder.add_date(context.date);
    for (const XMLElement* room = day.FirstChildElement("room"); room; room = room->NextSiblingElement("room")) {
        const std::string name = attribute(*room, "name");
        builder.add_room(name);
        std::size_t n = 0;
        for (const XMLElement* e = room->FirstChildElement("event"); e; e = e->NextSiblingElement("event")) {
            const std::string where =
                "day " + std::to_string(index + 1) + ", room " + name + ", event " + std::to_string(++n);
            builder.add(session_from(*e, context, name, where));
        }
    }
}

}  // namespace

ProgrammeImport import_schedule_xml(const tinyxml2::XMLDocument& document, const ImportOptions& options) {
    const XMLElement* root = document.RootElement();
    if (root == nullptr || std::strcmp(root->Name(), "schedule") != 0) {
        ProgrammeImport out;
        out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0},
                                   "not a schedule.xml: the root element is not <schedule>"});
        return out;
    }
    const XMLElement* conference = root->FirstChildElement("conference");
    const std::string zone = conference ? child_text(*conference, "time_zone_name") : std::string();
    ScheduleBuilder builder(options, zone);
    std::string day_change;
    if (conference != nullptr) {
        builder.set_title(child_text(*conference, "title"));
        day_change = child_text(*conference, "day_change");
        if (const XMLElement* rooms = conference->FirstChildElement("rooms"))
            for (const XMLElement* r = rooms->FirstChildElement("room"); r; r = r->NextSiblingElement("room"))
                builder.add_room(attribute(*r, "name").empty() ? element_text(*r) : attribute(*r, "name"));
    }
    std::size_t index = 0;
    for (const XMLElement* day = root->FirstChildElement("day"); day; day = day->NextSiblingElement("day"))
        read_day(*day, index++, day_change, builder);
    return std::move(builder).finish();
}

ProgrammeImport import_schedule_xml(std::string_view bytes, const ImportOptions& options) {
    auto document = parse_xml(bytes);
    if (!document) {
        ProgrammeImport out;
        out.diagnostics.push_back(
            to_diagnostic(Error{.message = document.error().message, .pos = SourcePos{.file = options.source_name}}));
        return out;
    }
    return import_schedule_xml(**document, options);
}

}  // namespace kiosk::import
