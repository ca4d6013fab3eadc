// Relative wording of instants against the clock: session labels, post ages, the local clock.
#include "kiosk/schedule/relative_time.h"

#include <date/tz.h>

#include "kiosk/schedule/programme_view.h"

namespace kiosk {

namespace {

using std::chrono::ceil;
using std::chrono::floor;
using std::chrono::hours;
using std::chrono::minutes;

// Beyond this, "3 h ago" reads worse than naming the day.
constexpr hours kHoursBeforeDayWords{6};

std::string hours_words(hours span) {
    return std::to_string(span.count()) + " h";
}

std::string past_words(Instant then, Instant now, const date::time_zone& zone) {
    const auto age = now - then;
    if (age < minutes{1}) return "just now";
    if (age < hours{1}) return std::to_string(floor<minutes>(age).count()) + " min ago";
    const int days = days_between(local_day_of(then, zone), local_day_of(now, zone));
    if (days == 0 || age < kHoursBeforeDayWords) return hours_words(floor<hours>(age)) + " ago";
    if (days == 1) return "yesterday";
    return std::to_string(days) + " days ago";
}

std::string future_words(Instant then, Instant now, const date::time_zone& zone) {
    const auto wait = then - now;
    const int days = days_between(local_day_of(now, zone), local_day_of(then, zone));
    if (days == 0 || wait < kHoursBeforeDayWords) return "in " + span_words(ceil<minutes>(wait));
    if (days == 1) return "tomorrow";
    return "in " + std::to_string(days) + " days";
}

}  // namespace

std::string span_words(minutes span) {
    if (span < minutes{0}) span = minutes{0};
    const auto whole_hours = floor<hours>(span);
    const auto rest = span - whole_hours;
    if (whole_hours.count() == 0) return std::to_string(rest.count()) + " min";
    if (rest.count() == 0) return hours_words(whole_hours);
    return hours_words(whole_hours) + " " + std::to_string(rest.count()) + " min";
}

std::string starts_in_label(Instant start, Instant now, const date::time_zone& zone) {
    const LocalDay start_day = local_day_of(start, zone);
    const int days = days_between(local_day_of(now, zone), start_day);
    if (days == 0 || start - now < hours{1}) return "In " + span_words(ceil<minutes>(start - now));
    const std::string clock = clock_label(to_local(start, zone));
    if (days == 1) return "Tomorrow " + clock;
    return short_day_label(start_day) + " " + clock;
}

std::string started_label(Instant start, Instant now) {
    const auto elapsed = now - start;
    if (elapsed < minutes{1}) return "Now";
    return "Started " + span_words(floor<minutes>(elapsed)) + " ago";
}

std::string relative_to(Instant then, Instant now, const Content& content) {
    const date::time_zone& zone = event_zone(content);
    return then <= now ? past_words(then, now, zone) : future_words(then, now, zone);
}

std::string local_clock(Instant t, const Content& content) {
    return clock_label(to_local(t, event_zone(content)));
}

}  // namespace kiosk
