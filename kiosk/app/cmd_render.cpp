// `kiosk render`: every slide of the deck, as it stands at one instant, written as PNG files with
// no display at all. Organisers use it to preview a change; the tests use it to look at slides.
//
// Exit status: 0 when every file was written, 1 when the content has errors or a file cannot be
// written, 2 when the command is used wrongly.
#include <cstdio>
#include <filesystem>
#include <memory>

#include "kiosk/app/commands.h"
#include "kiosk/app/data_paths.h"
#include "kiosk/app/deck_json.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/app/run_options.h"
#include "kiosk/app/schedule_file.h"
#include "kiosk/cache/trial_files.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/net/source_reader.h"
#include "kiosk/content/local_time.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/render/offscreen_canvas.h"
#include "kiosk/render/painter.h"
#include "kiosk/render/sdl_library.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {
namespace {

constexpr const char* kUsage =
    "usage: kiosk render [--content PATH | --cache DIR] [--out DIR] [--size WxH]... [--at \"YYYY-MM-DD HH:MM\"]\n"
    "Writes every slide of the deck at that local event time (default: now) as PNG files,\n"
    "01-programme.png, 02-speaker-....png and so on, plus waiting.png, the slide a screen shows\n"
    "before it has content, and deck.json: each slide's file, kind, duration and what it shows.\n"
    "Default content: the bundled sample; default size 1920x1080; default\n"
    "folder: preview. With several sizes each gets its own folder, e.g. preview/1080x1920.\n"
    "--cache DIR renders what a screen with that cache folder shows with the network down: the\n"
    "snapshot it would start with, its photos and its cached posts.\n";

struct RenderOptions {
    std::string content;
    std::string cache;
    std::string out = "preview";
    std::vector<Size> sizes;
    std::optional<std::string> at;
};

Result<RenderOptions> parse_options(const Args& args) {
    RenderOptions o;
    for (std::size_t i = 0; i < args.size(); i += 2) {
        const std::string& flag = args[i];
        if (i + 1 >= args.size()) return unexpected(flag + " needs a value");
        const std::string& value = args[i + 1];
        if (flag == "--content") o.content = value;
        else if (flag == "--cache") o.cache = value;
        else if (flag == "--out") o.out = value;
        else if (flag == "--at") o.at = value;
        else if (flag == "--size") {
            const std::optional<Size> size = parse_size(value);
            if (!size) return unexpected("--size wants WIDTHxHEIGHT, e.g. 1920x1080, not '" + value + "'");
            o.sizes.push_back(*size);
        } else {
            return unexpected("unknown option '" + flag + "'");
        }
    }
    if (!o.content.empty() && !o.cache.empty()) return unexpected(std::string("give --content or --cache, not both"));
    if (o.sizes.empty()) o.sizes.push_back(Size{1920, 1080});
    if (o.content.empty() && o.cache.empty()) o.content = sample_content_path();
    return o;
}

// The content a screen with cache folder `dir` would start with, posts included; nothing (after
// one line saying why) when the cache holds none.
std::optional<Content> load_cached(const std::string& dir) {
    auto snapshot = preview_boot_snapshot(dir, snapshot_document_loader());
    if (!snapshot) {
        std::fprintf(stderr,
                     "kiosk render: nothing to show from the cache: %s; `kiosk fetch --content URL --cache %s` "
                     "fills it\n",
                     snapshot.error().message.c_str(), dir.c_str());
        return std::nullopt;
    }
    std::fprintf(stderr, "kiosk render: snapshot %s of %s, fetched %s\n", snapshot->id.c_str(),
                 snapshot->manifest.source.c_str(), format_utc(snapshot->manifest.fetched_at).c_str());
    if (auto posts = SnapshotStore(dir, snapshot_document_loader()).load_current(SnapshotKind::Posts))
        snapshot->content.posts = posts->content.posts;
    return std::move(snapshot->content);
}

// The content, with every diagnostic printed; nothing when it has errors.
std::optional<Content> load(const std::string& path) {
    if (path.find("://") != std::string::npos) {
        std::fprintf(stderr, "kiosk render: %s: give a local file; use `kiosk fetch` for a URL\n", path.c_str());
        return std::nullopt;
    }
    const LoadResult result = load_content_or_schedule(path);
    for (const Diagnostic& d : result.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    return result.content;
}

// --at read in the event's zone; the current time without it.
std::optional<Instant> render_time(const RenderOptions& o, const Content& content) {
    if (!o.at) return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto text = parse_date_time(*o.at, false);
    std::string error = text ? std::string() : text.error().message;
    if (text) {
        const auto instant = to_instant(text->local, *content.event.zone);
        if (instant) return instant->instant;
        error = instant.error().message;
    }
    std::fprintf(stderr, "kiosk render: --at \"%s\": %s\n", o.at->c_str(), error.c_str());
    return std::nullopt;
}

std::string numbered(std::size_t index, const std::string& name) {
    const std::string number = std::to_string(index + 1);
    return (number.size() < 2 ? "0" + number : number) + "-" + name + ".png";
}

struct Job {
    const Content& content;
    SlideContext context;
    const FontStack& fonts;
};

// Paints `list` and writes it to `path`; false (with a message) when it could not.
bool write_png(OffscreenCanvas& canvas, Painter& painter, const DisplayList& list, const std::string& path) {
    painter.paint(list);
    if (const auto saved = canvas.save_png(path); !saved) {
        std::fprintf(stderr, "kiosk render: %s\n", saved.error().message.c_str());
        return false;
    }
    std::printf("%s\n", path.c_str());
    return true;
}

bool render_size(const Job& job, Size size, const std::filesystem::path& folder) {
    auto canvas = OffscreenCanvas::create(size);
    if (!canvas) {
        std::fprintf(stderr, "kiosk render: %s\n", canvas.error().message.c_str());
        return false;
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        std::fprintf(stderr, "kiosk render: cannot create %s: %s\n", folder.c_str(), ec.message().c_str());
        return false;
    }
    TextureCache cache;
    Painter painter(canvas->renderer(), job.fonts, cache);
    bool ok = true;
    // The deck a screen of this size shows: how many rooms and sessions a page holds depends on it.
    const Deck deck = build_deck(job.content, job.context.now, deck_shape(size, job.fonts));
    std::vector<std::string> files;
    for (std::size_t i = 0; i < deck.size(); ++i) {
        files.push_back(numbered(i, deck[i].name));
        const DisplayList list = layout_slide(job.content, deck[i], job.context, size, job.fonts);
        ok = write_png(*canvas, painter, list, (folder / files.back()).string()) && ok;
    }
    const std::string json = deck_json(job.content, deck, files, job.context.now, size);
    const std::string json_path = (folder / "deck.json").string();
    if (const auto written = replace_file_unflushed(json_path, json); !written) {
        std::fprintf(stderr, "kiosk render: %s\n", written.error().message.c_str());
        ok = false;
    }
    const WaitingInfo waiting{job.content.source, {}, {}, {}, local_clock(job.context.now, job.content)};
    ok = write_png(*canvas, painter, layout_waiting(waiting, size, job.fonts), (folder / "waiting.png").string()) && ok;
    return ok;
}

}  // namespace

int cmd_render(const Args& args) {
    if (asks_for_help(args)) return print_help(kUsage);
    const auto options = parse_options(args);
    if (!options) {
        std::fprintf(stderr, "kiosk render: %s\n%s", options.error().message.c_str(), kUsage);
        return 2;
    }
    const std::optional<Content> content =
        options->cache.empty() ? load(options->content) : load_cached(options->cache);
    if (!content) return 1;
    const std::optional<Instant> now = render_time(*options, *content);
    if (!now) return 2;

    auto sdl = SdlLibrary::create(0);
    if (!sdl) {
        std::fprintf(stderr, "kiosk render: %s\n", sdl.error().message.c_str());
        return 1;
    }
    auto fonts = FontStack::load(assets_dir() + "/fonts");
    if (!fonts) {
        std::fprintf(stderr, "kiosk render: %s\n", fonts.error().message.c_str());
        return 1;
    }
    const Job job{*content, SlideContext{*now, true, {}, {}}, **fonts};
    bool ok = true;
    for (const Size size : options->sizes) {
        std::filesystem::path folder(options->out);
        if (options->sizes.size() > 1) folder /= std::to_string(size.w) + "x" + std::to_string(size.h);
        ok = render_size(job, size, folder) && ok;
    }
    return ok ? 0 : 1;
}

}  // namespace kiosk
