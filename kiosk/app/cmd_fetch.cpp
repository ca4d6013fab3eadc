// `kiosk fetch`: fetches content (and an optional posts feed) with all their media into the cache once.
#include "kiosk/trust/minisign.h"
#include <cstdio>
#include <optional>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/net/content_sync.h"
#include "kiosk/net/source_policy.h"

namespace kiosk {
namespace {

struct FetchArgs {
    std::string content;
    std::string posts;
    std::string time_zone;
    std::string cache;
    TlsOptions tls;
    std::uint64_t cache_bytes = kDefaultCacheBytes;
    std::vector<trust::PublicKey> trusted_keys;
};

constexpr const char* kUsage =
    "usage: kiosk fetch --content URL --cache DIR [--posts URL] [--time-zone ZONE]\n"
    "                   [--ca-file FILE] [--pin KEY] [--cache-max-mib N] [--trusted-key KEY ...]\n"
    "Fetches the content and every photo, avatar, logo and image it names into the cache once.\n"
    "Each snapshot's document and media together stay within --cache-max-mib (default 256); media past it\n"
    "are left out and named. With --trusted-key (a minisign public key, repeatable), only content signed by\n"
    "one of the keys is taken (its signature is the URL plus .minisig), and only files it pins by #sha256=.\n"
    "Exit status: 0 when the snapshot is complete, 1 when something failed or media were left out\n"
    "(a partial snapshot is still committed), 2 on usage errors.\n";

std::optional<FetchArgs> parse(const Args& args) {
    FetchArgs out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (i + 1 >= args.size()) return std::nullopt;
        const std::string& value = args[++i];
        if (flag == "--content") out.content = value;
        else if (flag == "--posts") out.posts = value;
        else if (flag == "--time-zone") out.time_zone = value;
        else if (flag == "--cache") out.cache = value;
        else if (flag == "--ca-file") out.tls.ca_file = value;
        else if (flag == "--pin") out.tls.pinned_public_key = value;
        else if (flag == "--trusted-key") {
            auto key = trust::parse_public_key(value);
            if (!key) {
                std::fprintf(stderr, "kiosk fetch: --trusted-key: %s\n", key.error().message.c_str());
                return std::nullopt;
            }
            out.trusted_keys.push_back(*key);
        }
        else if (flag == "--cache-max-mib") {
            try {
                out.cache_bytes = std::stoull(value) << 20;
            } catch (const std::exception&) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (out.content.empty() || out.cache.empty()) return std::nullopt;
    for (const std::string* source : {&out.content, &out.posts}) {
        if (source->empty()) continue;
        if (const auto checked = classify_source(*source, "/"); !checked) {
            std::fprintf(stderr, "kiosk fetch: %s\n", checked.error().message.c_str());
            return std::nullopt;
        }
    }
    return out;
}

void report_outcome(const SyncOptions& o, const PollOutcome& outcome, const ContentSync& sync) {
    const std::string what = std::string(kind_name(o.kind)) + " " + o.source;
    for (const auto& d : outcome.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (outcome.result == PollResult::Failed || outcome.result == PollResult::Rejected) {
        std::fprintf(stderr, "kiosk fetch: %s: %s\n", what.c_str(), outcome.error.c_str());
        return;
    }
    for (const auto& m : outcome.missing_media) std::fprintf(stderr, "kiosk fetch: %s\n", m.error.c_str());
    if (!outcome.left_out.empty()) {
        std::fprintf(stderr, "kiosk fetch: %zu media left out by the byte budget of %llu MiB (--cache-max-mib); "
                             "the screen shows placeholders for them\n",
                     outcome.left_out.size(), static_cast<unsigned long long>(o.cache_max_bytes >> 20));
    }
    const auto& current = sync.current();
    std::printf("kiosk fetch: %s: %s, snapshot %s, %zu media stored, %zu missing\n", what.c_str(),
                outcome.result == PollResult::Updated ? "updated" : "unchanged",
                current ? current->id.c_str() : "-", current ? current->manifest.assets.size() : 0,
                outcome.missing_media.size());
}

// One poll; true when the cache now holds a complete snapshot of the source.
bool fetch_one(const SyncOptions& options, std::string* zone_out) {
    auto sync = ContentSync::create(options);
    if (!sync) {
        std::fprintf(stderr, "kiosk fetch: %s\n", sync.error().message.c_str());
        return false;
    }
    const PollOutcome outcome = sync->poll();
    report_outcome(options, outcome, *sync);
    const auto& current = sync->current();
    if (zone_out && current) *zone_out = current->content.event.time_zone_name;
    const bool reached = outcome.result == PollResult::Updated || outcome.result == PollResult::Unchanged;
    return reached && current && current->manifest.missing.empty() && outcome.missing_media.empty();
}

}  // namespace

int cmd_fetch(const Args& args) {
    if (asks_for_help(args)) return print_help(kUsage);
    const auto parsed = parse(args);
    if (!parsed) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const auto curl = CurlLibrary::create();
    if (!curl) {
        std::fprintf(stderr, "kiosk fetch: %s\n", curl.error().message.c_str());
        return 1;
    }
    SyncOptions options;
    options.source = parsed->content;
    options.cache_dir = parsed->cache;
    options.cache_max_bytes = parsed->cache_bytes;
    options.tls = parsed->tls;
    options.trusted_keys = parsed->trusted_keys;
    std::string zone = parsed->time_zone;
    bool complete = fetch_one(options, zone.empty() ? &zone : nullptr);
    if (!parsed->posts.empty()) {
        options.source = parsed->posts;
        options.kind = SnapshotKind::Posts;
        options.time_zone = zone;
        complete = fetch_one(options, nullptr) && complete;
    }
    return complete ? 0 : 1;
}

}  // namespace kiosk
