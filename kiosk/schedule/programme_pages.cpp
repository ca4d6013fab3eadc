// The programme's slides: pages of the rooms board, the door slide, and pages of the day.
#include <algorithm>

#include "kiosk/schedule/deck.h"
#include "kiosk/schedule/programme_view.h"
#include "kiosk/schedule/room_board.h"

namespace kiosk {

namespace {

using Sessions = std::vector<const Session*>;

Slide programme_page(std::chrono::seconds duration, std::string name) {
    Slide s;
    s.kind = SlideKind::Programme;
    s.duration = duration;
    s.name = std::move(name);
    return s;
}

std::string page_name(const std::string& stem, std::size_t page) {
    return page == 0 ? stem : stem + "-" + std::to_string(page + 1);
}

// `count` items over as few pages of at most `per_page` as hold them, the pages as even as can
// be, so the last is never a lone item: the sizes of the pages in order.
std::vector<std::size_t> even_pages(std::size_t count, int per_page) {
    const auto cap = static_cast<std::size_t>(std::max(1, per_page));
    const std::size_t pages = (count + cap - 1) / cap;
    std::vector<std::size_t> sizes;
    for (std::size_t p = 0; p < pages; ++p) sizes.push_back(count / pages + (p < count % pages ? 1 : 0));
    return sizes;
}

bool contains(const Sessions& list, const Session* s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

void add_board_pages(Deck& out, const std::vector<RoomRow>& rows, std::chrono::seconds duration, int per_page) {
    std::size_t at = 0;
    const std::vector<std::size_t> sizes = even_pages(rows.size(), per_page);
    for (const std::size_t size : sizes) {
        Slide s = programme_page(duration, page_name("rooms", out.size()));
        s.part = ProgrammePart::Rooms;
        s.page = static_cast<int>(out.size()) + 1;
        s.pages = static_cast<int>(sizes.size());
        for (std::size_t i = at; i < at + size; ++i) s.rooms.push_back(rows[i].room);
        at += size;
        out.push_back(std::move(s));
    }
}

// The sizes of the pages of `rest` from the first on: each as full as the slide holds (at least
// one session), at most `max_pages` of them.
std::vector<std::size_t> day_page_sizes(const Content& content, Instant now, const Sessions& rest,
                                        const DeckShape& shape, int max_pages) {
    if (!shape.day_page_fits) {
        std::vector<std::size_t> sizes = even_pages(rest.size(), shape.programme_rows);
        if (sizes.size() > static_cast<std::size_t>(max_pages)) {
            // More than the cycle shows: full pages, the earliest sessions first.
            sizes.assign(static_cast<std::size_t>(std::max(1, max_pages)),
                         static_cast<std::size_t>(std::max(1, shape.programme_rows)));
        }
        return sizes;
    }
    if (rest.empty()) return {};
    std::vector<std::string> all;
    for (const Session* s : rest) all.push_back(s->id);
    if (shape.day_page_fits(content, now, all, true)) return {rest.size()};
    std::vector<std::size_t> sizes;
    std::size_t at = 0;
    while (at < rest.size() && sizes.size() < static_cast<std::size_t>(std::max(1, max_pages))) {
        std::vector<std::string> ids{rest[at]->id};
        while (at + ids.size() < rest.size()) {
            ids.push_back(rest[at + ids.size()]->id);
            if (!shape.day_page_fits(content, now, ids, at + ids.size() == rest.size())) {
                ids.pop_back();
                break;
            }
        }
        sizes.push_back(ids.size());
        at += ids.size();
    }
    return sizes;
}

// Pages of `rest`, numbered after the `first_number` programme slides before them.
void add_day_pages(Deck& out, const std::vector<std::size_t>& sizes, const Sessions& rest,
                   std::chrono::seconds duration, std::size_t first_number) {
    std::size_t at = 0;
    for (std::size_t p = 0; p < sizes.size(); ++p) {
        Slide s = programme_page(duration, page_name("programme", first_number + p));
        for (std::size_t i = at; i < at + sizes[p]; ++i) s.session_ids.push_back(rest[i]->id);
        at += sizes[p];
        s.last_page = p + 1 == sizes.size();
        out.push_back(std::move(s));
    }
}

}  // namespace

namespace {

struct DaySplit {
    ProgrammeView view;
    std::vector<RoomRow> rows;  // the rooms board's, when it is shown
    Sessions rest;              // what the pages of the day list
};

DaySplit split_day(const Content& content, Instant now) {
    DaySplit split{programme_view(content, screen_query(content, now)), {}, {}};
    Sessions shown;
    if (content.display.room) {
        for (std::size_t i = 0; i < std::min<std::size_t>(2, split.view.entries.size()); ++i) {
            shown.push_back(split.view.entries[i].session);
        }
    } else if (uses_room_board(content)) {
        split.rows = room_rows(content, now, screen_rooms(content));
        for (const RoomRow& row : split.rows) {
            if (row.now) shown.push_back(row.now);
            if (row.next) shown.push_back(row.next);
        }
    }
    for (const ProgrammeEntry& e : split.view.entries) {
        if (!contains(shown, e.session)) split.rest.push_back(e.session);
    }
    return split;
}

}  // namespace

std::vector<const Session*> day_list_sessions(const Content& content, Instant now) {
    return split_day(content, now).rest;
}

Deck programme_slides(const Content& content, Instant now, std::chrono::seconds duration, const DeckShape& shape,
                      int max_day_pages) {
    const DaySplit split = split_day(content, now);
    Deck out;
    std::size_t day_number = 0;
    if (content.display.room) {
        out.push_back(programme_page(duration, "programme"));
        day_number = 1;
    } else {
        add_board_pages(out, split.rows, duration, shape.board_rows);
    }
    const std::vector<std::size_t> sizes = day_page_sizes(content, now, split.rest, shape, max_day_pages);
    const bool one_room = !content.display.room && !uses_room_board(content);
    if (one_room && sizes.size() <= 1) {
        // The whole day on one slide, drawn as it fits; also the day-over and untrusted views.
        out.push_back(programme_page(duration, "programme"));
        return out;
    }
    add_day_pages(out, sizes, split.rest, duration, day_number);
    if (out.empty()) out.push_back(programme_page(duration, "programme"));
    return out;
}

}  // namespace kiosk
