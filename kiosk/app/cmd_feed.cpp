// `kiosk feed --source URL|PATH --out FILE [--rules FILE] [--format NAME]`: polls a post source
// once (a Mastodon timeline, a JSON Feed, RSS or Atom), applies the organiser's moderation rules
// and writes the curated posts file atomically, for every screen to read as its posts_url.
//
// Exit status: 0 written, 1 the source or the rules could not be read (the old file is kept),
// 2 used wrongly.
#include <cstdio>
#include <optional>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/moderation.h"
#include "kiosk/import/moderation_rules.h"
#include "kiosk/import/posts_yaml.h"
#include "kiosk/import/source_format.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/net/http_client.h"

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

std::optional<std::string> read_source(const std::string& source) {
    if (source.find("://") == std::string::npos) {
        auto bytes = read_file_limited(source, import::limits::kMaxSourceBytes);
        if (!bytes) std::fprintf(stderr, "kiosk feed: %s\n", bytes.error().c_str());
        return bytes ? std::optional<std::string>(std::move(*bytes)) : std::nullopt;
    }
    HttpClient client;
    FetchLimits limits = FetchLimits::for_content();
    limits.max_body_bytes = import::limits::kMaxSourceBytes;
    auto response = client.get(FetchRequest{source, false, {}, {}}, limits);
    if (!response) {
        std::fprintf(stderr, "kiosk feed: %s\n", response.error().message.c_str());
        return std::nullopt;
    }
    return std::move(response->body);
}

std::optional<import::ModerationRules> read_rules(const std::string& path) {
    if (path.empty()) return import::ModerationRules{};
    const auto text = read_file_limited(path, import::limits::kMaxSourceBytes);
    if (!text) {
        std::fprintf(stderr, "kiosk feed: %s\n", text.error().c_str());
        return std::nullopt;
    }
    auto rules = import::parse_moderation_rules(*text, path);
    if (!rules) std::fprintf(stderr, "%s\n", rules.error().c_str());
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
    const auto parsed = parse(args);
    if (!parsed) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const auto rules = read_rules(parsed->rules);
    if (!rules) return 1;
    const CurlLibrary curl;
    const auto bytes = read_source(parsed->source);
    if (!bytes) return 1;
    import::ImportOptions options;
    options.source_name = parsed->source;
    const import::PostsImport posts = import::import_posts(*bytes, options, parsed->format);
    for (const auto& d : posts.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    if (!posts.ok()) return 1;
    const import::ModerationResult moderated = import::moderate(posts.posts, *rules);
    const auto written = write_file_durably(parsed->out, import::posts_yaml(moderated.posts));
    if (!written) {
        std::fprintf(stderr, "kiosk feed: %s\n", written.error().c_str());
        return 1;
    }
    print_summary(parsed->out, moderated);
    return 0;
}

}  // namespace kiosk
