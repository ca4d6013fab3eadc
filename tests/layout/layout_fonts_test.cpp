// The sample and the stress content laid out with the bundled fonts, as the screen measures text,
// at every size: the same rules as with fixed metrics.
#include <doctest/doctest.h>

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

}  // namespace

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
