// One-shot loads fetch the sources directly; the poller caches them instead (content_sync.cpp).
#include "kiosk/net/source_reader.h"

#include <filesystem>
#include <system_error>

#include "kiosk/cache/durable_file.h"
#include "kiosk/content/url_resolve.h"
#include "kiosk/import/import_limits.h"

namespace kiosk {

FetchLimits external_source_limits() {
    FetchLimits l = FetchLimits::for_content();
    l.max_body_bytes = import::limits::kMaxSourceBytes;
    return l;
}

import::SourceReader direct_source_reader(const ContentSource& document, HttpClient& client){
    return [&document, &client ](const std::string& reference)
        ->Result<std::string>{const auto url = media_fetch_url(document, reference);
if (!url) return unexpected(url.error());
auto response = client.get({*url, document.kind == SourceKind::Local, {}, {}}, external_source_limits());
if (!response) return unexpected(response.error().message);
return std::move(response->body);
    };
}

DocumentLoader snapshot_document_loader() {
    return [](std::string_view text, const std::string& source_name, const LoadOptions& options,
              const SnapshotFileFinder& find) {
        return import::load_event_text(text, source_name, options,
                                       [&find](const std::string& url) -> Result<std::string> {
                                           const auto path = find(url);
                                           if (!path) return unexpected("the snapshot holds no copy of " + url);
                                           return read_file_limited(*path, import::limits::kMaxSourceBytes);
                                       });
    };
}

LoadResult load_content_file_with_sources(const std::string& path) {
    auto text = read_content_file(path);
    if (!text) return failed_read(text.error());
    return load_content_text_with_sources(*text, path);
}

LoadResult load_content_text_with_sources(const std::string& text, const std::string& path) {
    LoadResult result = load_content_file_text(text, path);
    import::check_moderation(result, text, path);
    if (!result.content || (!result.content->programme_source && !result.content->posts_source)) return result;
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(path, ec);
    auto document = classify_source(ec ? path : absolute.string(), "/");
    if (!document) {
        result.diagnostics.push_back(
            to_diagnostic(Error{.message = document.error().message, .pos = SourcePos{.file = path}}));
        result.content.reset();
        return result;
    }
    auto client = HttpClient::create();
    if (!client) {
        result.diagnostics.push_back(
            to_diagnostic(Error{.message = client.error().message, .pos = SourcePos{.file = path}}));
        result.content.reset();
        return result;
    }
    const import::SourceReader direct = direct_source_reader(*document, *client);
    // The loader resolves a relative reference against the path as given, which may be relative.
    import::fill_sources(result, text, [&direct](const std::string& reference) {
        if (uri_scheme(reference) || reference.starts_with('/')) return direct(reference);
        std::error_code error;
        const auto full = std::filesystem::absolute(reference, error);
        return direct(error ? reference : full.string());
    });
    return result;
}

}  // namespace kiosk
