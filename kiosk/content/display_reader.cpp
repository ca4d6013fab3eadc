// Reading the display section: door-screen room, announcement rhythm and the slide cycle.
#include "kiosk/content/content_readers.h"
#include "kiosk/content/near_miss.h"

#include <algorithm>

namespace kiosk {
namespace {

const std::vector<std::string_view> kDisplayKeys = {"room", "rooms", "announcement_every", "slides"};
const std::vector<std::string_view> kSlideKeys = {"kind", "duration", "max"};
const std::vector<std::string_view> kKindNames = {"programme", "speakers", "posts", "announcements"};

constexpr long long kMinDuration = 3, kMaxDuration = 600;

std::optional<SlideKind> kind_named(std::string_view name) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == name) return static_cast<SlideKind>(i);
    }
    return std::nullopt;
}

std::optional<SlideRule> read_slide(MapReader& m, ReadContext& ctx) {
    m.check_keys(kSlideKeys, "a slide rule");
    const auto kind_text = m.text("kind", Need::Required, "programme, speakers, posts or announcements", 40);
    const auto duration = m.integer("duration", kMinDuration, kMaxDuration, "a whole number of seconds from 3 to 600");
    const auto max = m.integer("max", 0, static_cast<long long>(limits::kMaxItems),
                               "a whole number from 0 (all) to 2000");
    if (!kind_text) return std::nullopt;
    const auto kind = kind_named(kind_text->text);
    if (!kind) {
        ctx.reporter.error(kind_text->mark, "'kind' is \"" + kind_text->text + "\"; it should be programme, "
                                            "speakers, posts or announcements" +
                                                did_you_mean(kind_text->text, kKindNames));
        return std::nullopt;
    }
    SlideRule rule = default_slide_rule(*kind);
    if (duration) rule.duration = std::chrono::seconds{*duration};
    if (max) rule.max_count = static_cast<int>(*max);
    return rule;
}

void read_slides(MapReader& display, ReadContext& ctx, Display& out) {
    const auto list = display.list("slides", "a list of slide rules (kind, duration, max)", limits::kMaxShortListItems);
    if (!list) return;
    if (list->size() == 0) {
        ctx.reporter.error(display.key_mark("slides"), "'slides' is an empty list; name at least one slide kind, "
                                                       "or leave 'slides' out for the default cycle");
        return;
    }
    out.slides.clear();
    for (const auto& node : *list) {
        MapReader m(node, "every slide rule", "a map with kind and duration", ctx.reporter);
        if (!m.is_map()) continue;
        if (const auto rule = read_slide(m, ctx)) out.slides.push_back(*rule);
    }
}

void warn_unknown_room(const TextAt& room, ReadContext& ctx) {
    if (ctx.programme_external || ctx.rooms.count(room.text)) return;
    ctx.reporter.warning(room.mark, "no session is in room '" + room.text + "', so this screen shows nothing of it; "
                                    "check the spelling against the sessions' rooms");
}

// `rooms`: the rooms a foyer screen shows, in order; each once, and not together with `room`.
void read_rooms(MapReader& m, ReadContext& ctx, Display& display) {
    const auto rooms = m.text_list("rooms", "the names of rooms");
    if (!rooms) return;
    if (display.room) {
        ctx.reporter.error(m.key_mark("rooms"), "'display' has both 'room' and 'rooms'; give 'room' for the door "
                                                "screen of one room, or 'rooms' for a screen between several");
        return;
    }
    for (const TextAt& room : *rooms) {
        if (room.text.empty()) {
            ctx.reporter.error(room.mark, "an item of 'rooms' is empty; write the room's name as the sessions do");
            continue;
        }
        if (std::find(display.rooms.begin(), display.rooms.end(), room.text) != display.rooms.end()) {
            ctx.reporter.error(room.mark, "room '" + room.text + "' is named twice in 'rooms'; name each room once");
            continue;
        }
        warn_unknown_room(room, ctx);
        display.rooms.push_back(room.text);
    }
    if (display.rooms.size() == 1) {
        // One room is its door screen, whichever key names it.
        display.room = display.rooms.front();
        display.rooms.clear();
    }
}

}  // namespace

void read_display(MapReader& root, ReadContext& ctx, Display& display) {
    display.slides = default_slide_rules();
    const auto node = root.value("display", Need::Optional, "a map");
    if (!node) return;
    MapReader m(*node, "'display'", "a map with room, announcement_every and slides", ctx.reporter);
    if (!m.is_map()) return;
    m.check_keys(kDisplayKeys, "display");
    if (const auto room = m.text("room", Need::Optional, "the name of a room", 200)) {
        display.room = room->text;
        if (!ctx.programme_external && !ctx.rooms.count(room->text)) {
            ctx.reporter.warning(room->mark, "no session is in room '" + room->text + "', so this door screen's "
                                             "programme will be empty; check the spelling against the sessions' rooms");
        }
    }
    read_rooms(m, ctx, display);
    if (const auto every = m.integer("announcement_every", 0, 100, "a whole number from 0 to 100")) {
        display.announcement_every = static_cast<int>(*every);
    }
    read_slides(m, ctx, display);
}

}  // namespace kiosk
