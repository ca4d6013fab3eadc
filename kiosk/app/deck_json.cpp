// nlohmann::json does the escaping; text that is not UTF-8 is replaced, not thrown over.
#include "kiosk/app/deck_json.h"

#include <date/tz.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/schedule/deck_contents.h"
#include "kiosk/schedule/local_day.h"

namespace kiosk {
namespace {

using Json = nlohmann::ordered_json;

std::string local_iso(Instant t, const Content& content) {
    return date::format("%FT%T%Ez", date::make_zoned(&event_zone(content), t));
}

const char* kind_name(const Slide& slide) {
    switch (slide.kind) {
    case SlideKind::Programme:
        return slide.part == ProgrammePart::Rooms ? "rooms" : "programme";
    case SlideKind::Speakers: return "speaker";
    case SlideKind::Posts: return "post";
    case SlideKind::Announcements: return "announcement";
    }
    return "programme";
}

template <typename Item>
const Item* find_by_id(const std::vector<Item>& items, const std::string& id) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == id; });
    return it == items.end() ? nullptr : &*it;
}

Json item_of(const Content& content, const Slide& slide) {
    Json item{{"id", slide.item_id}};
    if (slide.kind == SlideKind::Speakers) {
        if (const Speaker* s = find_by_id(content.speakers, slide.item_id)) item["name"] = s->name;
    } else if (slide.kind == SlideKind::Posts) {
        if (const Post* p = find_by_id(content.posts, slide.item_id)) item["name"] = p->author;
    } else if (const Announcement* a = find_by_id(content.announcements, slide.item_id)) {
        item["title"] = a->title;
    }
    return item;
}

Json sessions_of(const Content& content, const Slide& slide, Instant now) {
    Json list = Json::array();
    for (const Session* s : sessions_on(content, slide, now)) {
        list.push_back(Json{{"id", s->id}, {"title", s->title}, {"room", s->room},
                            {"start", local_iso(s->start, content)}, {"end", local_iso(s->end, content)}});
    }
    return list;
}

}  // namespace

std::string deck_json(const Content& content, const Deck& deck, const std::vector<std::string>& files, Instant now,
                      Size screen) {
    Json slides = Json::array();
    long long cycle = 0;
    for (std::size_t i = 0; i < deck.size(); ++i) {
        const Slide& slide = deck[i];
        cycle += slide.duration.count();
        Json j{{"file", i < files.size() ? files[i] : std::string()}, {"name", slide.name}, {"kind", kind_name(slide)},
               {"duration", slide.duration.count()}};
        if (slide.kind == SlideKind::Programme) {
            if (slide.part == ProgrammePart::Rooms) j["rooms"] = slide.rooms;
            j["sessions"] = sessions_of(content, slide, now);
        } else {
            j["item"] = item_of(content, slide);
        }
        slides.push_back(std::move(j));
    }
    Json out{{"at", local_iso(now, content)},
             {"size", std::to_string(screen.w) + "x" + std::to_string(screen.h)},
             {"cycle_seconds", cycle},
             {"slides", std::move(slides)}};
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace kiosk
