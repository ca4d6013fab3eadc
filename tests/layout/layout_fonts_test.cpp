// The sample and the stress content laid out with the bundled fonts, as the screen measures text,
// at every size: the same rules as with fixed metrics.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>

#include "kiosk/layout/slide_layout.h"
#include "kiosk/schedule/deck.h"
#include "kiosk/text/font_stack.h"
#include "tests/layout/layout_checks.h"
#include "tests/layout/stress_content.h"
#include "tests/schedule/schedule_fixture.h"
#include "kiosk/content/content_file.h"
#include "kiosk/content/content_loader.h"
#include "tests/support/longest_texts.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {

namespace {

const FontStack& fonts() {
    static const std::unique_ptr<FontStack> stack = [] {
        auto loaded = FontStack::load(source_dir() + "/assets/fonts");
        REQUIRE_MESSAGE(loaded.has_value(), "cannot load the bundled fonts");
        return std::move(loaded).value();
    }();
    return *stack;
}

void check_deck(const Content& content, const char* at) {
    const SlideContext context{london(at), true, {}, {}};
    for (const Slide& slide : build_deck(content, context.now)) {
        for (const Size size : all_sizes()) {
            const DisplayList list = layout_slide(content, slide, context, size, fonts());
            const std::vector<std::string> problems = layout_problems(list, fonts());
            INFO(at << " " << slide.name << " at " << describe(size) << ": "
                    << (problems.empty() ? "" : problems.front()));
            CHECK(problems.empty());
        }
    }
}

// 22 rooms in parallel with long names, long titles, several speakers and one room in Arabic.
Content congress() {
    Content c = london_event();
    for (int r = 0; r < 22; ++r) {
        const std::string room = r == 3 ? "\u0642\u0627\u0639\u0629 \u0627\u0644\u0645\u0624\u062A\u0645\u0631\u0627\u062A"
                                        : "R" + std::to_string(r) + " Hall of the International Congress Centre, level " +
                                              std::to_string(r % 3);
        c.rooms.push_back(room);
        for (int h = 9; h <= 20; ++h) {
            const std::string id = "s" + std::to_string(r) + "-" + std::to_string(h);
            const std::string start = "2023-10-09 " + std::string(h < 10 ? "0" : "") + std::to_string(h) + ":" +
                                      (r % 2 ? "15" : "00");
            const std::string end = "2023-10-09 " + std::string(h < 10 ? "0" : "") + std::to_string(h) + ":55";
            add_session(c, id, start, end, room, {"sp" + std::to_string(r), "sq" + std::to_string(h)});
            c.programme.back().title = (h % 3 == 0 ? "A very long title of a talk that keeps going well past any "
                                                     "width a screen could ever give it in one line, " : "Short ") + id;
        }
        add_speaker(c, "sp" + std::to_string(r));
        c.speakers.back().name = "Anna-Karin Lindqvist-Johansson " + std::to_string(r);
    }
    for (int h = 9; h <= 20; ++h) add_speaker(c, "sq" + std::to_string(h));
    std::stable_sort(c.programme.begin(), c.programme.end(), [](const Session& a, const Session& b) {
        return a.start != b.start ? a.start < b.start : a.room < b.room;
    });
    return c;
}

}  // namespace

TEST_CASE("layout with fonts: the rooms board and the pages of the day keep the rules, every room on its page") {
    const Content c = congress();
    for (const char* at : {"2023-10-09 09:20", "2023-10-09 15:10", "2023-10-09 20:56"}) {
        const SlideContext context{london(at), true, {}, {}};
        for (const Size size : all_sizes()) {
            const Deck deck = build_deck(c, context.now, deck_shape(size, fonts()));
            std::size_t rooms = 0;
            for (const Slide& slide : deck) {
                if (slide.kind != SlideKind::Programme) continue;
                const DisplayList list = layout_slide(c, slide, context, size, fonts());
                const std::vector<std::string> problems = layout_problems(list, fonts());
                INFO(at << " " << slide.name << " at " << describe(size) << ": "
                        << (problems.empty() ? "" : problems.front()));
                CHECK(problems.empty());
                rooms += slide.rooms.size();
                // Every room of the page has its row, however short its name had to become.
                for (const std::string& room : slide.rooms) {
                    const std::string start = room.substr(0, room.find(' '));
                    bool found = false;
                    for (const TextItem* t : text_items(list)) found = found || t->text.rfind(start, 0) == 0;
                    CHECK_MESSAGE(found, room << " has no row on " << slide.name << " at " << describe(size));
                }
                // The day's pages only show what fits: no page sums up its own sessions as "more".
                if (!slide.session_ids.empty() && !slide.last_page) CHECK(find_text(list, "+ ") == nullptr);
                // The cycle's last page says how many no page shows, and where they will be.
                const std::string when(at);
                if (!slide.session_ids.empty() && slide.last_page && when != "2023-10-09 20:56") {
                    const TextItem* more = find_text(list, "+ ");
                    REQUIRE(more != nullptr);
                    CHECK(more->text.find("shown here as they come up") != std::string::npos);
                }
            }
            if (std::string(at) != "2023-10-09 20:56") CHECK(rooms == 22);
        }
    }
}

TEST_CASE("layout with fonts: the sample's slides keep the rules at every size") {
    for (const char* at : {"2023-10-09 17:20", "2023-10-09 17:50", "2023-10-09 19:30", "2023-10-09 23:00"}) {
        check_deck(sample_event(), at);
    }
}

TEST_CASE("layout with fonts: the stress content keeps the rules at every size") {
    check_deck(stress_content(), "2023-10-09 08:20");
}

// Every slide of the longest texts the format allows is laid out in a bounded time and keeps the
// rules (no text past its box). Wrapped whole, one slide took minutes; the bound is generous so
// that a loaded machine cannot fail it, and the figures are printed.
TEST_CASE("layout with fonts: texts of 10,000-character words are laid out in bounded time and stay in their boxes") {
    const std::string path = make_temp_dir("layout-longest") + "/event.yaml";
    write_file(path, longest_texts_yaml());
    LoadResult loaded = load_content_file(path);
    REQUIRE(loaded.content.has_value());
    const SlideContext context{london("2023-10-09 09:10"), true, {}, {}};
    std::chrono::milliseconds slowest{0}, total{0};
    std::string slowest_name;
    const Deck deck = build_deck(*loaded.content, context.now);
    for (const Slide& slide : deck) {
        const auto start = std::chrono::steady_clock::now();
        const DisplayList list = layout_slide(*loaded.content, slide, context, Size{1920, 1080}, fonts());
        const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        total += took;
        if (took > slowest) slowest = took, slowest_name = slide.name;
        const std::vector<std::string> problems = layout_problems(list, fonts());
        INFO(slide.name << ": " << (problems.empty() ? "" : problems.front()));
        CHECK(problems.empty());
    }
    MESSAGE(deck.size() << " slides at 1920x1080 in " << total.count() << " ms, the slowest " << slowest_name << " in "
                        << slowest.count() << " ms");
    CHECK(slowest < std::chrono::seconds(5));
}

}  // namespace kiosk::test
