// Reading the event section: names, time zone, dates, logo and theme colours.
#include <array>

#include "kiosk/content/content_readers.h"
#include "kiosk/content/local_time.h"
#include "kiosk/content/near_miss.h"

namespace kiosk {
namespace {

const std::vector<std::string_view> kEventKeys = {"title", "subtitle", "venue", "address", "time_zone",
                                                  "dates", "organisers", "logo", "theme"};

struct ThemeField {
    std::string_view key;
    Colour Theme::*member;
};

const std::array<ThemeField, 6> kThemeFields = {{{"background", &Theme::background},
                                                 {"surface", &Theme::surface},
                                                 {"text", &Theme::text},
                                                 {"muted", &Theme::muted},
                                                 {"accent", &Theme::accent},
                                                 {"accent_text", &Theme::accent_text}}};

constexpr const char* kColourForm = "a colour written \"#RRGGBB\", like \"#E4003B\"";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<Colour> parse_colour(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    std::array<std::uint8_t, 3> rgb{};
    for (std::size_t i = 0; i < 3; ++i) {
        const int hi = hex_value(s[1 + 2 * i]), lo = hex_value(s[2 + 2 * i]);
        if (hi < 0 || lo < 0) return std::nullopt;
        rgb[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return Colour{rgb[0], rgb[1], rgb[2], 255};
}

void read_colour(MapReader& m, const ThemeField& field, Theme& theme) {
    const std::string key(field.key);
    if (m.is_empty(key)) {
        m.reporter().error(m.key_mark(key), "'" + key + "' is empty; in YAML a # starts a comment, so put the colour in "
                                            "quotes: " + key + ": \"#E4003B\"");
        return;
    }
    const auto text = m.text(key, Need::Optional, kColourForm, 40);
    if (!text) return;
    if (const auto colour = parse_colour(text->text)) {
        theme.*field.member = *colour;
        return;
    }
    m.reporter().error(text->mark, "'" + key + "' should be " + kColourForm + ", but it is \"" + text->text + "\"");
}

void read_theme(MapReader& event, ReadContext& ctx, Theme& theme) {
    const auto node = event.value("theme", Need::Optional, "a map of colours");
    if (!node) return;
    MapReader m(*node, "'theme'", "a map of colours such as accent: \"#E4003B\"", ctx.reporter);
    if (!m.is_map()) return;
    std::vector<std::string_view> keys;
    for (const auto& f : kThemeFields) keys.push_back(f.key);
    m.check_keys(keys, "the theme");
    for (const auto& f : kThemeFields) read_colour(m, f, theme);
}

std::vector<std::string_view> zone_names(std::vector<std::string>& storage) {
    try {
        const auto& db = date::get_tzdb();
        for (const auto& z : db.zones) storage.emplace_back(z.name());
    } catch (const std::exception&) {
        // Without a zone list there is simply no suggestion.
    }
    return {storage.begin(), storage.end()};
}

void read_zone(MapReader& m, ReadContext& ctx, Event& event) {
    const auto text = m.text("time_zone", Need::Required, "an IANA time zone name such as Europe/London", 100);
    if (!text) return;
    event.time_zone_name = text->text;
    try {
        ctx.zone = date::locate_zone(text->text);
        event.zone = ctx.zone;
        return;
    } catch (const std::exception&) {
        // Reported below: locate_zone throws for any name the time zone database lacks.
    }
    std::vector<std::string> storage;
    const std::string hint = did_you_mean(text->text, zone_names(storage));
    ctx.reporter.error(text->mark, "unknown time zone '" + text->text + "'; expected an IANA name such as "
                                   "Europe/London" + hint);
}

void read_dates(MapReader& m, ReadContext& ctx, Event& event) {
    const auto dates = m.text_list("dates", "dates written \"2023-10-09\"");
    if (!dates) return;
    for (const auto& d : *dates) {
        const auto day = parse_date(d.text);
        if (!day) {
            ctx.reporter.error(d.mark, "'dates': " + day.error().message);
            continue;
        }
        event.dates.push_back(date::format("%Y-%m-%d", day.value()));
    }
}

}  // namespace

std::string read_text(MapReader& m, std::string_view key, Need need, std::string_view expect, std::size_t max_chars) {
    const auto t = m.text(key, need, expect, max_chars);
    return t ? t->text : std::string();
}

void read_event(MapReader& root, ReadContext& ctx, Event& event) {
    const auto node = root.value("event", Need::Required, "a map with at least title and time_zone");
    if (!node) return;
    MapReader m(*node, "the event", "a map with fields such as title and time_zone", ctx.reporter);
    if (!m.is_map()) return;
    m.check_keys(kEventKeys, "the event");
    event.title = read_text(m, "title", Need::Required, "the event's name as text");
    event.subtitle = read_text(m, "subtitle");
    event.venue = read_text(m, "venue");
    event.address = read_text(m, "address");
    read_zone(m, ctx, event);
    read_dates(m, ctx, event);
    if (const auto organisers = m.text_list("organisers", "organiser names")) {
        for (const auto& o : *organisers) event.organisers.push_back(o.text);
    }
    event.logo = read_media(m, "logo", "the logo will be left out", ctx);
    read_theme(m, ctx, event.theme);
}

}  // namespace kiosk
