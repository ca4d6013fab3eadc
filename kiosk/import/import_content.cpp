// Only what a schedule export knows is filled in; the organiser's file adds venue, theme and display.
#include "kiosk/import/import_content.h"

#include <date/tz.h>

namespace kiosk::import {

Content content_from_programme(const ProgrammeImport& programme, const std::string& source) {
    Content c;
    c.event.title = programme.title.empty() ? std::string("Programme") : programme.title;
    c.event.time_zone_name = programme.time_zone_name.empty() ? std::string("Etc/UTC") : programme.time_zone_name;
    try {
        c.event.zone = date::locate_zone(c.event.time_zone_name);
    } catch (const std::exception&) {
        c.event.time_zone_name = "Etc/UTC";
        c.event.zone = date::locate_zone(c.event.time_zone_name);
    }
    c.event.dates = programme.dates;
    c.programme = programme.sessions;
    c.rooms = programme.rooms;
    c.speakers = programme.speakers;
    c.display.slides = default_slide_rules();
    c.source = source;
    return c;
}

}  // namespace kiosk::import
