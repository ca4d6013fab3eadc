// Reference pictures: one slide of each kind a screen shows (the programme, a speaker card, a post,
// an announcement, the door screen, the programme with the offline note, the installer's waiting
// slide), from the bundled sample content at a fixed instant and the bundled fonts, at 1920x1080,
// 1080x1920 and 800x480, painted as `kiosk render` paints them and compared with
// tests/render/golden/<W>x<H>/<kind>.png within a small tolerance. On a mismatch the numbers are
// printed, and the actual picture and a diff (differing pixels in red) are left in the test's folder.
//
// After an intended change to how slides look, re-render the references, look at each, and commit:
//     bash scripts/update-golden
// It runs these cases with KIOSK_UPDATE_GOLDEN=1, which writes the pictures instead of comparing.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kiosk/content/content_loader.h"
#include "kiosk/content/local_time.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/render/offscreen_canvas.h"
#include "kiosk/render/painter.h"
#include "kiosk/render/sdl_library.h"
#include "kiosk/schedule/deck.h"
#include "kiosk/schedule/programme_view.h"
#include "kiosk/text/font_stack.h"
#include "tests/render/image_diff.h"
#include "tests/support/child_process.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {

namespace {

namespace fs = std::filesystem;

// 18:05 in London: the first panel is on now, posts up to then are in, the evening is half done.
const char* const kAt = "2023-10-09 18:05";
const std::vector<std::string> kKinds = {"programme", "speaker", "post", "announcement", "door",
                                         "rooms", "offline", "waiting"};
const std::vector<Size> kSizes = {{1920, 1080}, {1080, 1920}, {800, 480}};
// Pictures from the same inputs are identical here; the tolerance leaves room for a FreeType or
// SDL update moving a few anti-aliased edges. One changed letter of a title moves 0.03 % to
// 0.05 % of the pixels, three to five times the allowance (see the "changed" case below).
const ImageTolerance kTolerance{.channel = 8, .differing_share = 1e-4};
constexpr std::uintmax_t kMaxGoldenBytes = 5'000'000;

struct NamedList {
    std::string kind;
    DisplayList list;
};

std::string size_name(Size s) {
    return std::to_string(s.w) + "x" + std::to_string(s.h);
}

fs::path golden_dir() {
    return fs::path(source_dir()) / "tests/render/golden";
}

bool updating() {
    const char* value = std::getenv("KIOSK_UPDATE_GOLDEN");
    return value != nullptr && *value != '\0';
}

Content load_sample(const std::string& text) {
    const LoadResult loaded = load_content_text(text, sample_content());
    REQUIRE_MESSAGE(loaded.content.has_value(), "the sample content does not load");
    return *loaded.content;
}

Instant golden_instant(const Content& content) {
    const auto text = parse_date_time(kAt, false);
    REQUIRE(text.has_value());
    const auto instant = to_instant(text->local, *content.event.zone);
    REQUIRE(instant.has_value());
    return instant->instant;
}

DisplayList first_of_deck(const Content& content, const std::string& prefix, const SlideContext& context, Size size,
                          const TextMeasurer& fonts) {
    for (const Slide& slide : build_deck(content, context.now)) {
        if (slide.name.rfind(prefix, 0) == 0) return layout_slide(content, slide, context, size, fonts);
    }
    FAIL("the sample's deck has no slide named " << prefix << "...");
    return {};
}

// One display list per entry of kKinds, in that order.
std::vector<NamedList> golden_lists(const Content& content, Size size, const TextMeasurer& fonts) {
    const SlideContext context{
        .now = golden_instant(content), .clock_trusted = true, .connection_note = {}, .screen_name = {}};
    std::vector<NamedList> out;
    out.push_back({"programme", first_of_deck(content, "programme", context, size, fonts)});
    out.push_back({"speaker", first_of_deck(content, "speaker-", context, size, fonts)});
    out.push_back({"post", first_of_deck(content, "post-", context, size, fonts)});
    out.push_back({"announcement", first_of_deck(content, "announcement-", context, size, fonts)});
    Content door = content;
    door.display.room = "Main room";
    out.push_back({"door", layout_slide(door, Slide{}, context, size, fonts)});
    // A foyer between the sample's two rooms: the rooms board's first page.
    Content foyer = content;
    foyer.display.rooms = {"Main room", "Foyer"};
    out.push_back({"rooms", first_of_deck(foyer, "rooms", context, size, fonts)});
    // The note as connection_note() words it after a few minutes without the network.
    SlideContext offline = context;
    offline.connection_note = "Offline since 17:58 \u00B7 showing content from 17:55";
    out.push_back({"offline", layout_slide(content, Slide{}, offline, size, fonts)});
    const WaitingInfo waiting{.content_url = "https://content.example.org/venue/event.yaml",
                              .screen_name = "Main room door",
                              .last_error = "could not connect to content.example.org: connection refused",
                              .addresses = {"192.168.1.40", "fe80::ba27:ebff:fe12:3456"},
                              .clock = local_clock(context.now, content)};
    out.push_back({"waiting", layout_waiting(waiting, size, fonts)});
    return out;
}

// SDL, SDL_image and the bundled fonts, for the length of one test case.
struct Painting {
    std::unique_ptr<SdlLibrary> sdl;
    std::unique_ptr<ImageLibrary> images;
    std::unique_ptr<FontStack> fonts;

    Painting() {
        auto s = SdlLibrary::create(0);
        REQUIRE_MESSAGE(s.has_value(), s.error().message);
        sdl = std::move(*s);
        auto i = ImageLibrary::create();
        REQUIRE_MESSAGE(i.has_value(), i.error().message);
        images = std::move(*i);
        auto f = FontStack::load(source_dir() + "/assets/fonts");
        REQUIRE_MESSAGE(f.has_value(), f.error().message);
        fonts = std::move(*f);
    }
};

// Paints each list and writes it to folder/<kind>.png: on one canvas and texture cache, as
// `kiosk render` does, or on a fresh one for each.
void paint_all(const std::vector<NamedList>& lists, const FontStack& fonts, const fs::path& folder, bool shared) {
    fs::create_directories(folder);
    std::optional<OffscreenCanvas> canvas;
    std::optional<TextureCache> cache;
    for (const NamedList& named : lists) {
        if (!canvas || !shared) {
            cache.reset();  // its textures belong to the old canvas's renderer, so they go first
            auto made = OffscreenCanvas::create(named.list.screen);
            REQUIRE_MESSAGE(made.has_value(), made.error().message);
            canvas.emplace(std::move(*made));
            cache.emplace();
        }
        Painter painter(canvas->renderer(), fonts, *cache);
        painter.paint(named.list);
        const auto saved = canvas->save_png((folder / (named.kind + ".png")).string());
        REQUIRE_MESSAGE(saved, (saved ? std::string() : saved.error().message));
    }
}

// Compares folder/<kind>.png with the reference; on a mismatch writes folder/<kind>-diff.png.
ImageDiff compare_with_golden(const fs::path& folder, const std::string& kind, Size size) {
    const fs::path actual_path = folder / (kind + ".png");
    const fs::path golden_path = golden_dir() / size_name(size) / (kind + ".png");
    const SurfacePtr expected = load_argb_png(golden_path.string());
    REQUIRE_MESSAGE(expected != nullptr, "no reference picture " << golden_path << ": run bash scripts/update-golden");
    const SurfacePtr actual = load_argb_png(actual_path.string());
    REQUIRE(actual != nullptr);
    const ImageDiff diff = compare_images(*actual, *expected, kTolerance);
    if (!diff.within(kTolerance)) {
        const SurfacePtr picture = diff_image(*actual, *expected, kTolerance);
        const fs::path diff_path = folder / (kind + "-diff.png");
        if (picture) IMG_SavePNG(picture.get(), diff_path.c_str());
        MESSAGE(kind << " at " << size_name(size) << ": " << diff.describe(kTolerance)
                     << "\n  actual:    " << actual_path.string() << "\n  diff:      " << diff_path.string()
                     << "\n  reference: " << golden_path.string());
    }
    return diff;
}

void check_size(Size size) {
    Painting painting;
    const Content content = load_sample(read_file(sample_content()));
    const fs::path folder = make_temp_dir("golden-" + size_name(size));
    const std::vector<NamedList> lists = golden_lists(content, size, *painting.fonts);
    paint_all(lists, *painting.fonts, folder, true);
    for (const std::string& kind : kKinds) {
        CAPTURE(kind);
        if (updating()) {
            fs::create_directories(golden_dir() / size_name(size));
            fs::copy_file(folder / (kind + ".png"), golden_dir() / size_name(size) / (kind + ".png"),
                          fs::copy_options::overwrite_existing);
            continue;
        }
        CHECK(compare_with_golden(folder, kind, size).within(kTolerance));
    }
}

}  // namespace

TEST_CASE("golden: each slide kind at 1920x1080 matches its reference picture") {
    check_size({1920, 1080});
}
TEST_CASE("golden: each slide kind at 1080x1920 matches its reference picture") {
    check_size({1080, 1920});
}
TEST_CASE("golden: each slide kind at 800x480 matches its reference picture") {
    check_size({800, 480});
}

TEST_CASE("golden: `kiosk render` paints the programme and the speaker card as their reference pictures") {
    const fs::path out = make_temp_dir("golden-kiosk-render");
    std::vector<std::string> args = {"render", "--content", sample_content(), "--out", out.string(), "--at", kAt};
    for (const Size size : kSizes) args.insert(args.end(), {"--size", size_name(size)});
    const KioskExit run = run_kiosk(args);
    REQUIRE_MESSAGE(run.status == 0, run.output);
    for (const Size size : kSizes) {
        CAPTURE(size_name(size));
        const fs::path folder = out / size_name(size);
        fs::rename(folder / "01-programme.png", folder / "programme.png");
        fs::rename(folder / "02-speaker-gavin-freeguard.png", folder / "speaker.png");
        CHECK(compare_with_golden(folder, "programme", size).differing == 0);
        CHECK(compare_with_golden(folder, "speaker", size).differing == 0);
    }
}

TEST_CASE("golden: painting the same slides twice, on one canvas or fresh ones, gives identical files") {
    Painting painting;
    const Content content = load_sample(read_file(sample_content()));
    const fs::path folder = make_temp_dir("golden-twice");
    for (const Size size : kSizes) {
        const std::vector<NamedList> lists = golden_lists(content, size, *painting.fonts);
        paint_all(lists, *painting.fonts, folder / "shared", true);
        paint_all(lists, *painting.fonts, folder / "fresh", false);
        for (const std::string& kind : kKinds) {
            CAPTURE(kind);
            CAPTURE(size_name(size));
            const std::string first = read_file((folder / "shared" / (kind + ".png")).string());
            CHECK(!first.empty());
            CHECK(first == read_file((folder / "fresh" / (kind + ".png")).string()));
        }
    }
}

TEST_CASE("golden: a changed accent colour or one changed letter of a title fails the comparison") {
    if (updating()) return;
    Painting painting;
    const std::string sample = read_file(sample_content());
    struct Change {
        std::string what, from, to;
    };
    const std::vector<Change> changes = {
        {"accent colour", "accent: \"#E4003B\"", "accent: \"#2E86DE\""},
        {"one letter of the title on now", "public purpose and AI at work", "public purpose and AI at wore"},
    };
    for (const Change& change : changes) {
        CAPTURE(change.what);
        std::string text = sample;
        const std::size_t at = text.find(change.from);
        REQUIRE(at != std::string::npos);
        text.replace(at, change.from.size(), change.to);
        const Content content = load_sample(text);
        for (const Size size : kSizes) {
            CAPTURE(size_name(size));
            const fs::path folder = make_temp_dir("golden-changed-" + size_name(size));
            std::vector<NamedList> lists = golden_lists(content, size, *painting.fonts);
            lists.resize(1);  // the programme: it shows both the accent and the title
            paint_all(lists, *painting.fonts, folder, true);
            const ImageDiff diff = compare_with_golden(folder, "programme", size);
            CHECK_FALSE(diff.within(kTolerance));
        }
    }
}

TEST_CASE("golden: the reference folder holds one picture per kind and size, and stays small") {
    std::set<std::string> expected;
    for (const Size size : kSizes) {
        for (const std::string& kind : kKinds) expected.insert(size_name(size) + "/" + kind + ".png");
    }
    std::set<std::string> found;
    std::uintmax_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(golden_dir())) {
        if (!entry.is_regular_file()) continue;
        found.insert(fs::relative(entry.path(), golden_dir()).generic_string());
        bytes += entry.file_size();
    }
    CHECK(found == expected);
    MESSAGE("reference pictures: " << found.size() << " files, " << bytes << " bytes");
    CHECK(bytes < kMaxGoldenBytes);
}

}  // namespace kiosk::test
