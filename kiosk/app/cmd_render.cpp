// `kiosk render`: every slide of the deck, as it stands at one instant, written as PNG files with
// no display at all. Organisers use it to preview a change; the tests use it to look at slides.
//
// Exit status: 0 when every file was written, 1 when the content has errors or a file cannot be
// written, 2 when the command is used wrongly.
#include <filesystem>
#include <memory>
#include <ostream>

#include "kiosk/app/commands.h"
#include "kiosk/app/data_paths.h"
#include "kiosk/app/deck_json.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/app/run_options.h"
#include "kiosk/app/schedule_file.h"
#include "kiosk/cache/trial_files.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/content/local_time.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/net/source_reader.h"
#include "kiosk/render/offscreen_canvas.h"
#include "kiosk/render/painter.h"
#include "kiosk/render/sdl_library.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

const char* const kRenderUsage =
    "usage: kiosk render [--content PATH | --cache DIR] [--out DIR] [--size WxH]... [--at \"YYYY-MM-DD HH:MM\"]\n"
    "Writes every slide of the deck at that local event time (default: now) as PNG files,\n"
    "01-programme.png, 02-speaker-....png and so on, plus waiting.png, the slide a screen shows\n"
    "before it has content, and deck.json: each slide's file, kind, duration and what it shows.\n"
    "Default content: the bundled sample; default size 1920x1080; default\n"
    "folder: preview. With several sizes each gets its own folder, e.g. preview/1080x1920.\n"
    "--cache DIR renders what a screen with that cache folder shows with the network down: the\n"
    "snapshot it would start with, its photos and its cached posts.\n";

namespace {

// The content a screen with cache folder `dir` would start with, posts included; nothing (after
// one line saying why) when the cache holds none.
std::optional<Content> load_cached(const std::string& dir, CommandIo& io) {
    auto snapshot = preview_boot_snapshot(dir, snapshot_document_loader());
    if (!snapshot) {
        io.err << "kiosk render: nothing to show from the cache: " << snapshot.error().message
               << "; `kiosk fetch --content URL --cache " << dir << "` fills it\n";
        return std::nullopt;
    }
    io.err << "kiosk render: snapshot " << snapshot->id << " of " << snapshot->manifest.source << ", fetched "
           << format_utc(snapshot->manifest.fetched_at) << "\n";
    if (auto posts = SnapshotStore(dir, snapshot_document_loader()).load_current(SnapshotKind::Posts))
        snapshot->content.posts = posts->content.posts;
    return std::move(snapshot->content);
}

// The content, with every diagnostic printed; nothing when it has errors.
std::optional<Content> load(const std::string& path, CommandIo& io) {
    if (path.find("://") != std::string::npos) {
        io.err << "kiosk render: " << path << ": give a local file; use `kiosk fetch` for a URL\n";
        return std::nullopt;
    }
    const LoadResult result = load_content_or_schedule(path);
    for (const Diagnostic& d : result.diagnostics) io.err << format_diagnostic(d) << "\n";
    return result.content;
}

// --at read in the event's zone; `now` without it.
std::optional<Instant> render_time(const RenderArgs& o, const Content& content, Instant now, CommandIo& io) {
    if (!o.at) return now;
    const auto text = parse_date_time(*o.at, false);
    std::string error = text ? std::string() : text.error().message;
    if (text) {
        const auto instant = to_instant(text->local, *content.event.zone);
        if (instant) return instant->instant;
        error = instant.error().message;
    }
    io.err << "kiosk render: --at \"" << *o.at << "\": " << error << "\n";
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
bool write_png(OffscreenCanvas& canvas, Painter& painter, const DisplayList& list, const std::string& path,
               CommandIo& io) {
    painter.paint(list);
    if (const auto saved = canvas.save_png(path); !saved) {
        io.err << "kiosk render: " << saved.error().message << "\n";
        return false;
    }
    io.out << path << "\n";
    return true;
}

bool render_size(const Job& job, Size size, const std::filesystem::path& folder, CommandIo& io) {
    auto canvas = OffscreenCanvas::create(size);
    if (!canvas) {
        io.err << "kiosk render: " << canvas.error().message << "\n";
        return false;
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        io.err << "kiosk render: cannot create " << folder.string() << ": " << ec.message() << "\n";
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
        ok = write_png(*canvas, painter, list, (folder / files.back()).string(), io) && ok;
    }
    const std::string json = deck_json(job.content, deck, files, job.context.now, size);
    const std::string json_path = (folder / "deck.json").string();
    if (const auto written = replace_file_unflushed(json_path, json); !written) {
        io.err << "kiosk render: " << written.error().message << "\n";
        ok = false;
    }
    const WaitingInfo waiting{job.content.source, {}, {}, {}, local_clock(job.context.now, job.content)};
    const DisplayList list = layout_waiting(waiting, size, job.fonts);
    return write_png(*canvas, painter, list, (folder / "waiting.png").string(), io) && ok;
}

}  // namespace

Result<RenderArgs> parse_render_args(const Args& args) {
    RenderArgs o;
    for (std::size_t i = 0; i < args.size(); i += 2) {
        const std::string& flag = args[i];
        if (i + 1 >= args.size()) return unexpected(flag + " needs a value");
        const std::string& value = args[i + 1];
        if (flag == "--content")
            o.content = value;
        else if (flag == "--cache")
            o.cache = value;
        else if (flag == "--out")
            o.out = value;
        else if (flag == "--at")
            o.at = value;
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

int run_render(const RenderArgs& args, Instant now, CommandIo& io) {
    const std::optional<Content> content = args.cache.empty() ? load(args.content, io) : load_cached(args.cache, io);
    if (!content) return 1;
    const std::optional<Instant> at = render_time(args, *content, now, io);
    if (!at) return 2;
    auto sdl = SdlLibrary::create(0);
    if (!sdl) {
        io.err << "kiosk render: " << sdl.error().message << "\n";
        return 1;
    }
    auto fonts = FontStack::load(assets_dir() + "/fonts");
    if (!fonts) {
        io.err << "kiosk render: " << fonts.error().message << "\n";
        return 1;
    }
    const Job job{*content, SlideContext{*at, true, {}, {}}, **fonts};
    bool ok = true;
    for (const Size size : args.sizes) {
        std::filesystem::path folder(args.out);
        if (args.sizes.size() > 1) folder /= std::to_string(size.w) + "x" + std::to_string(size.h);
        ok = render_size(job, size, folder, io) && ok;
    }
    return ok ? 0 : 1;
}

int cmd_render(const Args& args, CommandIo& io) {
    if (asks_for_help(args)) return print_help(kRenderUsage, io);
    const auto parsed = parse_render_args(args);
    if (!parsed) {
        io.err << "kiosk render: " << parsed.error().message << "\n" << kRenderUsage;
        return 2;
    }
    return run_render(*parsed, system_now(), io);
}

}  // namespace kiosk
