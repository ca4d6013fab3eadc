// The offline note, formatted by hand so it never depends on the process locale.
#include "kiosk/net/connection_status.h"

#include <date/tz.h>

#include <array>
#include <cstdio>

namespace kiosk {
namespace {

using LocalSeconds = date::local_seconds;

LocalSeconds to_local(Instant t, const date::time_zone* zone) {
    if (zone == nullptr) return LocalSeconds{t.time_since_epoch()};
    return zone->to_local(t);
}

std::string clock_text(LocalSeconds t) {
    const auto day = date::floor<date::days>(t);
    const date::hh_mm_ss<std::chrono::seconds> hms{t - day};
    char out[8];
    std::snprintf(out, sizeof out, "%02d:%02d", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()));
    return out;
}

std::string day_text(LocalSeconds t) {
    static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::weekday wd{day};
    return std::string(kDays[wd.c_encoding()]) + " " + std::to_string(static_cast<unsigned>(ymd.day())) + " " +
           kMonths[static_cast<unsigned>(ymd.month()) - 1];
}

std::string when_text(Instant t, Instant now, const date::time_zone* zone) {
    const LocalSeconds local = to_local(t, zone);
    const bool same_day = date::floor<date::days>(local) == date::floor<date::days>(to_local(now, zone));
    return same_day ? clock_text(local) : day_text(local) + " " + clock_text(local);
}

}  // namespace

std::string connection_note(const ConnectionStatus& status, Instant now, const date::time_zone* zone) {
    if (status.online || !status.offline_since) return {};
    std::string note = "Offline since " + when_text(*status.offline_since, now, zone);
    if (status.content_from) note += " \u00B7 showing content from " + when_text(*status.content_from, now, zone);
    return note;
}

}  // namespace kiosk
