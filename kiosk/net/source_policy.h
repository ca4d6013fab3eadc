// Which URLs the kiosk may fetch: the configured source decides, and remote content can never
// make the kiosk read a local file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"

namespace kiosk {

enum class SourceKind {
    Web,    // an http:// or https:// URL: it and all its media are fetched over http(s) only
    Local,  // a file:// URL or a path: its media may be local files or http(s) URLs
};

struct ContentSource {
    SourceKind kind = SourceKind::Web;
    std::string configured;  // as the organiser wrote it
    std::string fetch_url;   // what curl is given: the http(s) URL, or a file:// URL
    std::string base;        // what the loader resolves references against: the URL, or the file's path
};

// Classifies a configured source. A relative path is made absolute against `working_dir`.
// Any scheme other than http, https and file is refused with a reason.
Result<ContentSource> classify_source(std::string_view configured, std::string_view working_dir);

// The URL to fetch for a media reference found in content from `source`, or why it is refused.
// Remote content: http(s) only. Local content: http(s), file:// URLs and absolute paths.
Result<std::string> media_fetch_url(const ContentSource& source, std::string_view reference);

// "file://" plus the absolute path with every byte outside [A-Za-z0-9/._~-] percent-encoded.
std::string file_url_from_path(std::string_view absolute_path);

// The decoded path of "file:///p" or "file://localhost/p"; nothing for other hosts or a bad form.
std::optional<std::string> path_from_file_url(std::string_view url);

}  // namespace kiosk
