// The worker that prepares the next face: it hands over the newest request only, once; it stops
// and joins however busy it is; and its fonts work alongside the loop's, with real fonts and text.
#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

#include "kiosk/screen/face_preparer.h"
#include "kiosk/text/font_stack.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;

namespace {

std::unique_ptr<kiosk::FontStack> load_fonts() {
    auto fonts = kiosk::FontStack::load(kiosk::test::source_dir() + "/assets/fonts");
    REQUIRE(fonts.has_value());
    return std::move(fonts).value();
}

// Counts the worker's "done" calls, which come from its own thread.
class DoneSignal {
public:
    std::function<void()> callback() {
        return [this] {
            const std::lock_guard lock(mutex_);
            ++count_;
            changed_.notify_all();
        };
    }
    // Waits (at most a generous minute) until `n` calls have been made.
    bool wait_for(int n) {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, 60s, [&] { return count_ >= n; });
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    int count_ = 0;
};

// The waiting slide, with an error text long enough to make real work of it.
kiosk::PrepareRequest waiting_face(const std::string& error) {
    kiosk::PrepareRequest request;
    request.face.kind = kiosk::FaceKind::Waiting;
    request.face.error = error;
    request.face.addresses = {"192.0.2.1"};
    request.context = kiosk::FaceContext{"Hall A", "https://example.org/event.yaml", {}};
    request.size = {1920, 1080};
    return request;
}

std::string long_word(const std::string& letter, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += letter;
    return out;
}

}  // namespace

TEST_CASE("face preparer: a face is laid out and its lines rasterised on the worker, handed over once") {
    const auto fonts = load_fonts();
    auto worker_fonts = fonts->sibling();
    REQUIRE(worker_fonts.has_value());
    DoneSignal done;
    kiosk::FacePreparer preparer(std::move(worker_fonts).value(), done.callback());
    const std::uint64_t id = preparer.request(waiting_face("the source cannot be reached"));
    REQUIRE(done.wait_for(1));
    std::optional<kiosk::PreparedFace> ready = preparer.take();
    REQUIRE(ready.has_value());
    CHECK(ready->id == id);
    CHECK(ready->face.error == "the source cannot be reached");
    CHECK_FALSE(ready->failed);
    CHECK_FALSE(ready->list.items.empty());
    CHECK_FALSE(ready->pixels.lines.empty());
    for (const auto& [key, line] : ready->pixels.lines) {
        REQUIRE(line);
        CHECK(line->format->format == SDL_PIXELFORMAT_ARGB8888);
    }
    CHECK_FALSE(preparer.take().has_value());
}

TEST_CASE("face preparer: lines the loop already holds as textures are not rasterised again") {
    const auto fonts = load_fonts();
    auto worker_fonts = fonts->sibling();
    REQUIRE(worker_fonts.has_value());
    DoneSignal done;
    kiosk::FacePreparer preparer(std::move(worker_fonts).value(), done.callback());
    preparer.request(waiting_face("offline"));
    REQUIRE(done.wait_for(1));
    const auto first = preparer.take();
    REQUIRE(first.has_value());
    kiosk::PrepareRequest again = waiting_face("offline");
    for (const auto& [key, line] : first->pixels.lines) again.cached.emplace(key, kiosk::DecodeCharge{});
    preparer.request(std::move(again));
    REQUIRE(done.wait_for(2));
    const auto second = preparer.take();
    REQUIRE(second.has_value());
    CHECK(second->list == first->list);
    CHECK(second->pixels.lines.empty());
}

TEST_CASE("face preparer: a newer request replaces an older one, and only the newest is handed over") {
    const auto fonts = load_fonts();
    auto worker_fonts = fonts->sibling();
    REQUIRE(worker_fonts.has_value());
    DoneSignal done;
    kiosk::FacePreparer preparer(std::move(worker_fonts).value(), done.callback());
    preparer.request(waiting_face(long_word("W", 9999)));
    preparer.request(waiting_face(long_word("\u6F22", 9999)));
    const std::uint64_t last = preparer.request(waiting_face("the newest"));
    std::optional<kiosk::PreparedFace> ready;
    for (int n = 1; !ready && done.wait_for(n); ++n) ready = preparer.take();
    REQUIRE(ready.has_value());
    CHECK(ready->id == last);
    CHECK(ready->face.error == "the newest");
    // A request forgotten before it is done is never handed over.
    preparer.request(waiting_face("forgotten"));
    preparer.cancel();
    preparer.request(waiting_face("wanted"));
    ready.reset();
    for (int n = 1; !ready && done.wait_for(n); ++n) ready = preparer.take();
    REQUIRE(ready.has_value());
    CHECK(ready->face.error == "wanted");
}

TEST_CASE("face preparer: the loop's fonts measure and draw while the worker's do, and the worker stops when busy") {
    const auto fonts = load_fonts();
    for (int round = 0; round < 3; ++round) {
        CAPTURE(round);
        auto worker_fonts = fonts->sibling();
        REQUIRE(worker_fonts.has_value());
        DoneSignal done;
        auto preparer = std::make_unique<kiosk::FacePreparer>(std::move(worker_fonts).value(), done.callback());
        // Mixed scripts open fallback faces (and close them again for their metrics) on both
        // threads at once: the shared FreeType library sees them one at a time.
        const std::string mixed = long_word("W\u0634\u6F22\U0001F600m", 400);
        preparer->request(waiting_face(mixed));
        for (int px = 20; px < 60; px += 7) {
            CHECK(fonts->width(mixed.substr(0, 200), kiosk::FontSpec{kiosk::FontWeight::Regular, px}) > 0);
            CHECK(fonts->render_line("\u0634\u6F22 W", kiosk::FontSpec{kiosk::FontWeight::Bold, px},
                                     kiosk::Colour{255, 255, 255, 255}) != nullptr);
        }
        if (round == 0) CHECK(done.wait_for(1));
        // Destroyed with work queued or under way: it finishes that step, stops and joins.
        preparer->request(waiting_face(long_word("m", 9999)));
        preparer.reset();
    }
}
