// `kiosk feed --source URL|PATH --out FILE [--rules FILE] [--format NAME]`: polls a post source
// once (a Mastodon timeline, a JSON Feed, RSS or Atom), applies the organiser's moderation rules
// and writes the curated posts file atomically, for every screen to read as its posts_url.
//
// Exit status: 0 written, 1 the source or the rules could not be read (the old file is kept),
// 2 used wrongly.
#include <optional>
#include <ostream>
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

const char* const kFeedUsage =
    "usage: kiosk feed --source URL|PATH --out FILE [--rules FILE] [--format NAME]\n"
    "Polls a Mastodon timeline, JSON Feed, RSS or Atom source once, applies the moderation rules\n"
    "(a YAML file with a moderation: section, such as the organiser's content file) and writes the\n"
    "curated posts file atomically. NAME: mastodon, json-feed, rss, atom (default: detected).\n";

namespace {

// What one poll of the source gave: its bytes, or nothing (after one line saying why). A 429
// answer also gives the time its Retry-After asks to wait until.
struct Polled {
    std::optional<std::string> bytes;
    std::optional<Instant> not_before;
};

Polled read_source(const std::string& source, const std::string& min_id, Instant now, CommandIo& io) {
    if (source.find("://") == std::string::npos) {
        auto bytes = read_file_limited(source, import::limits::kMaxSourceBytes);
        if (!bytes) io.err << "kiosk feed: " << bytes.error().message << "\n";
        return {bytes ? std::optional<std::string>(std::move(*bytes)) : std::nullopt, std::nullopt};
    }
    auto client = HttpClient::create();
    if (!client) {
        io.err << "kiosk feed: " << client.error().message << "\n";
        return {};
    }
    FetchLimits limits = FetchLimits::for_content();
    limits.max_body_bytes = import::limits::kMaxSourceBytes;
    auto response = client->get(FetchRequest{import::with_min_id(source, min_id), false, {}, {}}, limits);
    if (response) return {std::move(response->body), std::nullopt};
    const FetchError& e = response.error();
    io.err << "kiosk feed: " << e.message << "\n";
    if (e.status != 429) return {};
    // Rate-limited: a minute when the server does not say how long.
    const auto until = retry_after_instant(e.retry_after, e.server_date.value_or(now));
    return {std::nullopt, until.value_or(now + std::chrono::minutes(1))};
}

std::string state_path(const std::string& out) { return out + ".state.json"; }

// The state of earlier runs for this source; a fresh one when there is none, it belongs to
// another source, or it cannot be read (said once: the feed then starts again from the newest page).
import::TimelineState read_state(const std::string& out, const std::string& source, CommandIo& io) {
    const auto text = read_file_limited(state_path(out), import::limits::kMaxSourceBytes);
    import::TimelineState fresh;
    fresh.source = source;
    if (!text) return fresh;
    auto state = import::parse_timeline_state(*text);
    if (!state) {
        io.err << "kiosk feed: " << state_path(out) << ": " << state.error().message << "; starting afresh\n";
        return fresh;
    }
    return state->source == source ? *state : fresh;
}

bool write_state(const std::string& out, const import::TimelineState& state, CommandIo& io) {
    const auto written = write_file_durably(state_path(out), import::timeline_state_to_json(state));
    if (!written) io.err << "kiosk feed: " << written.error().message << "\n";
    return written.has_value();
}

std::optional<import::ModerationRules> read_rules(const std::string& path, CommandIo& io) {
    if (path.empty()) return import::ModerationRules{};
    const auto text = read_file_limited(path, import::limits::kMaxSourceBytes);
    if (!text) {
        io.err << "kiosk feed: " << text.error().message << "\n";
        return std::nullopt;
    }
    auto rules = import::parse_moderation_rules(*text, path);
    if (!rules) io.err << rules.error().message << "\n";
    return rules ? std::optional<import::ModerationRules>(*rules) : std::nullopt;
}

void print_summary(const std::string& out, const import::ModerationResult& m, CommandIo& io) {
    std::size_t held = 0;
    for (const std::size_t n : m.held_back) held += n;
    io.out << out << ": " << m.posts.size() << " posts (" << m.pinned_ids.size() << " pinned), " << held
           << " held back, " << m.images_removed << " images without alt text left off\n";
}

// The bytes to moderate: the source's, or "[]" when a rate limit says not to ask it (the kept
// statuses are then moderated again, as the rules may have changed). Without bytes there is
// nothing to write, and `exit` is the command's exit code.
struct ToModerate {
    std::optional<std::string> bytes;
    bool polled = false;  // the source was asked, so the timeline state moves on
    int exit = 0;
};

ToModerate bytes_to_moderate(const FeedArgs& args, import::TimelineState& state, Instant now, CommandIo& io) {
    if (state.not_before && now < *state.not_before) {
        io.err << "kiosk feed: " << args.source << " asked not to be polled before " << format_utc(*state.not_before)
               << "; using the statuses kept\n";
        if (state.min_id.empty()) return {.bytes = std::nullopt, .polled = false, .exit = 0};
        return {.bytes = std::string("[]"), .polled = false, .exit = 0};
    }
    Polled p = read_source(args.source, state.min_id, now, io);
    if (p.not_before) {
        state.not_before = p.not_before;
        io.err << "kiosk feed: rate-limited; the next poll waits until " << format_utc(*p.not_before) << "\n";
        write_state(args.out, state, io);
    }
    if (!p.bytes) return {.bytes = std::nullopt, .polled = false, .exit = 1};
    state.not_before.reset();
    return {.bytes = std::move(p.bytes), .polled = true, .exit = 0};
}

}  // namespace

Result<FeedArgs> parse_feed_args(const Args& args) {
    FeedArgs a;
    for (std::size_t i = 0; i < args.size(); i += 2) {
        const std::string& key = args[i];
        if (i + 1 >= args.size()) return unexpected("option '" + key + "' wants a value");
        const std::string& value = args[i + 1];
        if (key == "--source") a.source = value;
        else if (key == "--out") a.out = value;
        else if (key == "--rules") a.rules = value;
        else if (key == "--format") {
            a.format = import::format_from_name(value);
            if (!a.format) return unexpected("--format wants mastodon, json-feed, rss or atom, not '" + value + "'");
        } else {
            return unexpected("unknown option '" + key + "'");
        }
    }
    if (a.source.empty()) return unexpected(std::string("--source is required"));
    if (a.out.empty()) return unexpected(std::string("--out is required"));
    if (a.format == import::SourceFormat::Unknown) a.format.reset();
    return a;
}

int run_feed(const FeedArgs& args, Instant now, CommandIo& io) {
    const auto rules = read_rules(args.rules, io);
    if (!rules) return 1;
    const auto curl = CurlLibrary::create();
    if (!curl) {
        io.err << "kiosk feed: " << curl.error().message << "\n";
        return 1;
    }
    import::TimelineState state = read_state(args.out, args.source, io);
    ToModerate input = bytes_to_moderate(args, state, now, io);
    if (!input.bytes) return input.exit;
    std::optional<std::string>& bytes = input.bytes;
    import::ImportOptions options;
    options.source_name = args.source;
    auto format = args.format;
    if (!format) format = import::detect_format(*bytes).format;
    // Mastodon pages are merged with what earlier runs kept, and the next run asks from the newest.
    const bool timeline = format == import::SourceFormat::MastodonStatuses;
    if (timeline) {
        auto merged = import::merge_timeline(state.statuses, *bytes);
        if (!merged) {
            io.err << "kiosk feed: " << args.source << ": " << merged.error().message << "\n";
            return 1;
        }
        if (!merged->newest_id.empty()) state.min_id = merged->newest_id;
        state.statuses = merged->statuses;
        bytes = std::move(merged->statuses);
    }
    const import::PostsImport posts = import::import_posts(*bytes, options, format);
    for (const auto& d : posts.diagnostics) io.err << format_diagnostic(d) << "\n";
    if (!posts.ok()) return 1;
    const import::ModerationResult moderated = import::moderate(posts.posts, *rules);
    const auto written = write_file_durably(args.out, import::posts_yaml(moderated.posts));
    if (!written) {
        io.err << "kiosk feed: " << written.error().message << "\n";
        return 1;
    }
    // Written after the posts file: a run cut short in between polls the same page again.
    if (timeline && input.polled && !write_state(args.out, state, io)) return 1;
    print_summary(args.out, moderated, io);
    return 0;
}

int cmd_feed(const Args& args, CommandIo& io) {
    if (asks_for_help(args)) return print_help(kFeedUsage, io);
    const auto parsed = parse_feed_args(args);
    if (!parsed) {
        io.err << kFeedUsage;
        return 2;
    }
    return run_feed(*parsed, system_now(), io);
}

}  // namespace kiosk
