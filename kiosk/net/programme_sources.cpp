// One-shot loads fetch the export directly; the poller caches it instead (content_sync.cpp).
#include "kiosk/net/programme_sources.h"

#include <filesystem>
#include <system_error>

#include "kiosk/cache/durable_file.h"
#include "kiosk/content/content_limits.h"
#include "kiosk/content/url_resolve.h"
#include "kiosk/import/import_limits.h"

namespace kiosk {

FetchLimits programme_source_limits() {
    FetchLimits l = FetchLimits::for_content();
    l.max_body_bytes = import::limits::kMaxSourceBytes;
    return l;
}

import::SourceReader direct_source_reader(const ContentSource& document, HttpClient& client) {
    return [&document, &client](const std::string& reference) -> Result<std::string, std::string> {
        const auto url = media_fetch_url(document, reference);
        if (!url) return unexpected(url.error());
        auto response = client.get({*url, document.kind == SourceKind::Local, {}, {}}, programme_source_limits());
        if (!response) return unexpected(response.error().message);
        return std::move(response->body);
    };
}

LoadResult load_content_file_with_programme(const std::string& path) {
    LoadResult result = load_content_file(path);
    if (!result.content) return result;
    const auto text = read_file_limited(path, limits::kMaxFileBytes);
    if (!text) return result;  // read a moment ago: it changed under us, and the next load will tell
    import::check_moderation(result, *text, path);
    if (!result.content || (!result.content->programme_source && !result.content->posts_source)) return result;
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(path, ec);
    auto document = classify_source(ec ? path : absolute.string(), "/");
    if (!document) {
        result.diagnostics.push_back({Severity::Error, {path, 0, 0}, document.error()});
        result.content.reset();
        return result;
    }
    HttpClient client;
    const import::SourceReader direct = direct_source_reader(*document, client);
    // The loader resolves a relative reference against the path as given, which may be relative.
    import::fill_sources(result, *text, [&direct](const std::string& reference) {
        if (uri_scheme(reference) || reference.starts_with('/')) return direct(reference);
        std::error_code error;
        const auto full = std::filesystem::absolute(reference, error);
        return direct(error ? reference : full.string());
    });
    return result;
}

}  // namespace kiosk
