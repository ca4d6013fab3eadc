// A posts feed is read as a content file by appending a minimal event after the feed's own text.
//
// Appending (rather than prepending) keeps every line and column of the feed where the organiser
// wrote it, so the loader's diagnostics point at the right place without any adjustment.
#include "kiosk/cache/posts_document.h"

#include <cctype>

namespace kiosk {
namespace {

bool is_zone_name(std::string_view zone) {
    if (zone.empty() || zone.size() > 64) return false;
    for (const char c : zone) {
        const auto u = static_cast<unsigned char>(c);
        if (!std::isalnum(u) && c != '/' && c != '_' && c != '-' && c != '+') return false;
    }
    return true;
}

// The 1-based line of a top-level key other than `posts` (and `version`), or 0 when none.
int foreign_key_line(std::string_view text) {
    int line = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view row = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        const bool top_level_key = !row.empty() && std::isalpha(static_cast<unsigned char>(row[0])) &&
                                   row.find(':') != std::string_view::npos;
        if (top_level_key && row.substr(0, 6) != "posts:" && row.substr(0, 8) != "version:") return line;
        if (end == std::string_view::npos) break;
        start = end + 1;
        ++line;
    }
    return 0;
}

LoadResult failure(const std::string& source_name, int line, std::string message) {
    LoadResult r;
    r.diagnostics.push_back({Severity::Error, {source_name, line, line > 0 ? 1 : 0}, std::move(message)});
    return r;
}

}  // namespace

LoadResult load_posts_text(std::string_view text, const std::string& source_name, const std::string& base,
                           const std::string& time_zone) {
    if (!is_zone_name(time_zone)) return failure(source_name, 0, "no valid time zone to read the posts' times in");
    if (const int line = foreign_key_line(text)) {
        return failure(source_name, line, "a posts feed holds only a top-level 'posts:' list");
    }
    std::string document(text);
    document += "\nevent:\n  title: \"posts\"\n  time_zone: \"" + time_zone + "\"\n";
    LoadOptions options;
    options.base = base;
    return load_content_text(document, source_name, options);
}

}  // namespace kiosk
