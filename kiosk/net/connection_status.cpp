// The offline note, in the same locale-free clock and day words as the rest of the screen.
#include "kiosk/net/connection_status.h"

#include <date/tz.h>

#include "kiosk/schedule/local_day.h"

namespace kiosk {
namespace {

// Without a zone the note is in UTC, which is what a local time with no offset reads as.
date::local_seconds local_in(Instant t, const date::time_zone* zone) {
    return zone == nullptr ? date::local_seconds{t.time_since_epoch()} : to_local(t, *zone);
}

std::string when_text(Instant t, Instant now, const date::time_zone* zone) {
    const date::local_seconds local = local_in(t, zone);
    const LocalDay day = date::floor<date::days>(local);
    const bool same_day = day == date::floor<date::days>(local_in(now, zone));
    return same_day ? clock_label(local) : short_day_label(day) + " " + clock_label(local);
}

}  // namespace

std::string connection_note(const ConnectionStatus& status, Instant now, const date::time_zone* zone) {
    if (status.online || !status.offline_since) return {};
    std::string note = "Offline since " + when_text(*status.offline_since, now, zone);
    if (status.content_from) note += " \u00B7 showing content from " + when_text(*status.content_from, now, zone);
    return note;
}

}  // namespace kiosk
