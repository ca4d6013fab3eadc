// The sample and the stress content laid out with the bundled fonts, as the screen measures text,
// at every size: the same rules as with fixed metrics.
#include <doctest/doctest.h>

#include <memory>

#include "kiosk/layout/slide_layout.h"
#include "kiosk/schedule/deck.h"
#include "kiosk/text/font_stack.h"
#include "tests/layout/layout_checks.h"
#include "tests/layout/stress_content.h"
#include "tests/schedule/schedule_fixture.h"
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

}  // namespace kiosk::test
