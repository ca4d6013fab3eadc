// `kiosk feed --source URL|PATH --out FILE [--rules FILE] [--format NAME]`: polls a post source
// once (a Mastodon timeline, a JSON Feed, RSS or Atom), applies the organiser's moderation rules
// and writes the curated posts file atomically, for every screen to read as its posts_url.
//
// Exit status: 0 written, 1 the source or the rules could not be read (the old file is kept),
// 2 used wrongly.
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/content/local_time.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/moderation.h"
#include "kiosk/import/moderation_rules.h"
#include "kiosk/import/posts_yaml.h"
#include "kiosk/import/source_format.h"
#include "kiosk/import/timeline_state.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/net/http_client.h"
#include "kiosk/net/http_headers.h"

namespace kiosk {
namespace {

constexpr const char* kUsage =
    "usage: kiosk feed --source URL|PATH --out FILE [--rules FILE] [--format NAME]\n"
    "Polls a Mastodon timeline, JSON Feed, RSS or Atom source once, applies the moderation rules\n"
    "(a YAML file with a moderation: section, such as the organiser's content file) and writes the\n"
    "curated posts file atomically. NAME: mastodon, json-feed, rss, atom (default: detected).\n";

struct FeedArgs {
    std::string source;
    std::string out;
    std::string rules;
    std::optional<import::SourceFormat> format;
};

std::optional<FeedArgs> parse(const Args& args) {
    FeedArgs a;
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
        const std::string& key = args[i];
        const std::string& value = args[i + 1];
        if (key == "--source") a.source = value;
        else if (key == "--out") a.out = value;
        else if (key == "--rules") a.rules = value;
        else if (key == "--format" && import::format_from_name(value)) a.format = import::format_from_name(value);
        else return std::nullopt;
    }
    if (args.size() % 2 != 0 || a.source.empty() || a.out.empty()) return std::nullopt;
    if (a.format == import::SourceFormat::Unknown) a.format.reset();
    return a;
}

// What one poll of the source gave: its bytes, or nothing (after one line saying why). A 429
// answer also gives the time its Retry-After asks to wait until.
struct Polled {
    std::optional<std::string> bytes;
    std::optional<Instant> not_before;
};

Instant now_utc() { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); }

Polled read_source(const std::string& source, const std::string& min_id) {
    if (source.find("://") == std::string::npos) {
        auto bytes = read_file_limited(source, import::limits::kMaxSourceBytes);
        if (!bytes) std::fprintf(stderr, "kiosk feed: %s\n", bytes.error().message.c_str());
        return {bytes ? std::optional<std::string>(std::move(*bytes)) : std::nullopt, std::nullopt};
    }
    auto client = HttpClient::create();
    if (!client) {
        std::fprintf(stderr, "kiosk feed: %s\n", client.error().message.c_str());
        return {};
    }
    FetchLimits limits = FetchLimits::for_content();
    limits.max_body_bytes = import::limits::kMaxSourceBytes;
    auto response = client->get(FetchRequest{import::with_min_id(source, min_id), false, {}, {}}, limits);
    if (response) return {std::move(response->body), std::nullopt};
    const FetchError& e = response.error();
    std::fprintf(stderr, "kiosk feed: %s\n", e.message.c_str());
    if (e.status != 429) return {};
    // Rate-limited: a minute when the server does not say how long.
    const Instant now = now_utc();
    const auto until = retry_after_instant(e.retry_after, e.server_date.value_or(now));
    return {std::nullopt, until.value_or(now + std::chrono::minutes(1))};
}

std::string state_path(const std::string& out) { return out + ".state.json"; }

// The state of earlier runs for this source; a fresh one when there is none, it belongs to
// another source, or it cannot be read (said once: the feed then starts again from the newest page).
import::TimelineState read_state(const std::string& out, const std::string& source) {
    const auto text = read_file_limited(state_path(out), import::limits::kMaxSourceBytes);
    import::TimelineState fresh;
    fresh.source = source;
    if (!text) return fresh;
    auto state = import::parse_timeline_state(*text);
    if (!state) {
        std::fprintf(stderr, "kiosk feed: %s: %s; starting afresh\n", state_path(out).c_str(),
                     state.error().message.c_str());
        return fresh;
    }
    return state->source == source ? *state : fresh;
}

bool write_state(const std::string& out, const import::TimelineState& state) {
    const auto written = write_file_durably(state_path(out), import::timeline_state_to_json(state));
    if (!written) std::fprintf(stderr, "kiosk feed: %s\n", written.error().message.c_str());
    return written.has_value();
}

std::optional<import::ModerationRules> read_rules(const std::string& path) {
    if (path.empty()) return import::ModerationRules{};
    const auto text = read_file_limited(path, import::limits::kMaxSourceBytes);
    if (!text) {
        std::fprintf(stderr, "kiosk feed: %s\n", text.error().message.c_str());
        return std::nullopt;
    }
    auto rules = import::parse_moderation_rules(*text, path);
    if (!rules) std::fprintf(stderr, "%s\n", rules.error().message.c_str());
    return rules ? std::optional<import::ModerationRules>(*rules) : std::nullopt;
}

void print_summary(const std::string& out, const import::ModerationResult& m) {
    std::size_t held = 0;
    for (const std::size_t n : m.held_back) held += n;
    std::printf("%s: %zu posts (%zu pinned), %zu held back, %zu images without alt text left off\n", out.c_str(),
                m.posts.size(), m.pinned_ids.size(), held, m.images_removed);
}

}  // namespace

int cmd_feed(const Args& args) {
    if (asks_for_help(args)) return print_help(kUsage);
    const auto parsed = parse(args);
    if (!parsed) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const auto rules = read_rules(parsed->rules);
    if (!rules) return 1;
    const auto curl = CurlLibrary::create();
    if (!curl) {
        std::fprintf(stderr, "kiosk feed: %s\n", curl.error().message.c_str());
        return 1;
    }
    import::TimelineState state = read_state(parsed->out, parsed->source);
    const Instant now = now_utc();
    std::optional<std::string> bytes;
    bool polled = false;
    if (state.not_before && now < *state.not_before) {
        // The server asked to be left alone: the kept statuses are moderated again (the rules may
        // have changed) without asking it.
        std::fprintf(stderr, "kiosk feed: %s asked not to be polled before %s; using the statuses kept\n",
                     parsed->source.c_str(), format_utc(*state.not_before).c_str());
        if (state.min_id.empty()) return 0;
        bytes = "[]";
    } else {
        Polled p = read_source(parsed->source, state.min_id);
        if (p.not_before) {
            state.not_before = p.not_before;
            std::fprintf(stderr, "kiosk feed: rate-limited; the next poll waits until %s\n",
                         format_utc(*p.not_before).c_str());
            write_state(parsed->out, state);
        }
        if (!p.bytes) return 1;
        bytes = std::move(p.bytes);
        state.not_before.reset();
        polled = true;
    }
    import::ImportOptions options;
    options.source_name = parsed->source;
    auto format = parsed->format;
    if (!format) format = import::detect_format(*bytes).format;
    // Mastodon pages are merged with what earlier runs kept, and the next run asks from the newest.
    const bool timeline = format == import::SourceFormat::MastodonStatuses;
    if (timeline) {
        auto merged = import::merge_timeline(state.statuses, *bytes);
        if (!merged) {
            std::fprintf(stderr, "kiosk feed: %s: %s\n", parsed->source.c_str(), merged.error().message.c_str());
            return 1;
        }
        if (!merged->newest_id.empty()) state.min_id = merged->newest_id;
        state.statuses = merged->statuses;
        bytes = std::move(merged->statuses);
    }
    const import::PostsImport posts = import::import_posts(*bytes, options, format);
    for (const auto& d : posts.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (!posts.ok()) return 1;
    const import::ModerationResult moderated = import::moderate(posts.posts, *rules);
    const auto written = write_file_durably(parsed->out, import::posts_yaml(moderated.posts));
    if (!written) {
        std::fprintf(stderr, "kiosk feed: %s\n", written.error().message.c_str());
        return 1;
    }
    // Written after the posts file: a run cut short in between polls the same page again.
    if (timeline && polled && !write_state(parsed->out, state)) return 1;
    print_summary(parsed->out, moderated);
    return 0;
}

}  // namespace kiosk
