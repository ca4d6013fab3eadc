// `kiosk fetch`: fetches content (and an optional posts feed) with all their media into the cache once.
#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/net/content_sync.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/net/source_policy.h"

namespace kiosk {

const char* const kFetchUsage =
    "usage: kiosk fetch --content URL --cache DIR [--posts URL] [--time-zone ZONE]\n"
    "                   [--ca-file FILE] [--pin KEY] [--cache-max-mib N] [--trusted-key KEY ...]\n"
    "Fetches the content and every photo, avatar, logo and image it names into the cache once.\n"
    "Each snapshot's document and media together stay within --cache-max-mib (default 256); media past it\n"
    "are left out and named. With --trusted-key (a minisign public key, repeatable), only content signed by\n"
    "one of the keys is taken (its signature is the URL plus .minisig), and only files it pins by #sha256=.\n"
    "Exit status: 0 when the snapshot is complete, 1 when something failed or media were left out\n"
    "(a partial snapshot is still committed), 2 on usage errors.\n";

namespace {

// A number of MiB as bytes; nothing for anything but digits, or for a size past 2^64 bytes.
std::optional<std::uint64_t> mebibytes(const std::string& text) {
    std::uint64_t mib = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), mib);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() ||
        mib > (std::numeric_limits<std::uint64_t>::max() >> 20))
        return std::nullopt;
    return mib << 20;
}

void report_outcome(const SyncOptions& o, const PollOutcome& outcome, const ContentSync& sync, CommandIo& io) {
    const std::string what = std::string(kind_name(o.kind)) + " " + o.source;
    for (const auto& d : outcome.diagnostics) io.err << format_diagnostic(d) << "\n";
    if (outcome.result == PollResult::Failed || outcome.result == PollResult::Rejected) {
        io.err << "kiosk fetch: " << what << ": " << outcome.error << "\n";
        return;
    }
    for (const auto& m : outcome.missing_media) io.err << "kiosk fetch: " << m.error << "\n";
    if (!outcome.left_out.empty()) {
        io.err << "kiosk fetch: " << outcome.left_out.size() << " media left out by the byte budget of "
               << (o.cache_max_bytes >> 20) << " MiB (--cache-max-mib); the screen shows placeholders for them\n";
    }
    const auto& current = sync.current();
    io.out << "kiosk fetch: " << what << ": " << (outcome.result == PollResult::Updated ? "updated" : "unchanged")
           << ", snapshot " << (current ? current->id : std::string("-")) << ", "
           << (current ? current->manifest.assets.size() : 0) << " media stored, " << outcome.missing_media.size()
           << " missing\n";
}

// One poll; true when the cache now holds a complete snapshot of the source.
bool fetch_one(const SyncOptions& options, std::string* zone_out, CommandIo& io) {
    auto sync = ContentSync::create(options);
    if (!sync) {
        io.err << "kiosk fetch: " << sync.error().message << "\n";
        return false;
    }
    const PollOutcome outcome = sync->poll();
    report_outcome(options, outcome, *sync, io);
    const auto& current = sync->current();
    if (zone_out && current) *zone_out = current->content.event.time_zone_name;
    const bool reached = outcome.result == PollResult::Updated || outcome.result == PollResult::Unchanged;
    return reached && current && current->manifest.missing.empty() && outcome.missing_media.empty();
}

}  // namespace

Result<FetchArgs> parse_fetch_args(const Args& args) {
    FetchArgs out;
    for (std::size_t i = 0; i < args.size(); i += 2) {
        const std::string& flag = args[i];
        if (i + 1 >= args.size()) return unexpected("option '" + flag + "' wants a value");
        const std::string& value = args[i + 1];
        if (flag == "--content")
            out.content = value;
        else if (flag == "--posts")
            out.posts = value;
        else if (flag == "--time-zone")
            out.time_zone = value;
        else if (flag == "--cache")
            out.cache = value;
        else if (flag == "--ca-file")
            out.tls.ca_file = value;
        else if (flag == "--pin")
            out.tls.pinned_public_key = value;
        else if (flag == "--trusted-key") {
            auto key = trust::parse_public_key(value);
            if (!key) return unexpected("--trusted-key: " + key.error().message);
            out.trusted_keys.push_back(*key);
        }
        else if (flag == "--cache-max-mib") {
            const auto bytes = mebibytes(value);
            if (!bytes) return unexpected("--cache-max-mib wants a whole number of MiB, not '" + value + "'");
            out.cache_bytes = *bytes;
        } else {
            return unexpected("unknown option '" + flag + "'");
        }
    }
    if (out.content.empty()) return unexpected(std::string("--content is required"));
    if (out.cache.empty()) return unexpected(std::string("--cache is required"));
    return out;
}

Status check_fetch_sources(const FetchArgs& args) {
    for (const std::string* source : {&args.content, &args.posts}) {
        if (source->empty()) continue;
        if (const auto checked = classify_source(*source, "/"); !checked) return unexpected(checked.error());
    }
    return {};
}

int run_fetch(const FetchArgs& args, CommandIo& io) {
    const auto curl = CurlLibrary::create();
    if (!curl) {
        io.err << "kiosk fetch: " << curl.error().message << "\n";
        return 1;
    }
    SyncOptions options;
    options.source = args.content;
    options.cache_dir = args.cache;
    options.cache_max_bytes = args.cache_bytes;
    options.tls = args.tls;
    options.trusted_keys = args.trusted_keys;
    std::string zone = args.time_zone;
    bool complete = fetch_one(options, zone.empty() ? &zone : nullptr, io);
    if (!args.posts.empty()) {
        options.source = args.posts;
        options.kind = SnapshotKind::Posts;
        options.time_zone = zone;
        complete = fetch_one(options, nullptr, io) && complete;
    }
    return complete ? 0 : 1;
}

int cmd_fetch(const Args& args, CommandIo& io) {
    if (asks_for_help(args)) return print_help(kFetchUsage, io);
    const auto parsed = parse_fetch_args(args);
    if (!parsed) {
        io.err << kFetchUsage;
        return 2;
    }
    if (const auto sources = check_fetch_sources(*parsed); !sources) {
        io.err << "kiosk fetch: " << sources.error().message << "\n" << kFetchUsage;
        return 2;
    }
    return run_fetch(*parsed, io);
}

}  // namespace kiosk
