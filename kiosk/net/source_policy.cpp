// The fetch policy as pure string functions, so every rule has a unit test.
#include "kiosk/net/source_policy.h"

#include <cctype>

#include "kiosk/content/url_resolve.h"

namespace kiosk {
namespace {

bool is_unreserved_path_byte(unsigned char c) {
    return std::isalnum(c) || c == '/' || c == '.' || c == '_' || c == '~' || c == '-';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<std::string> percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        if (i + 2 >= s.size()) return std::nullopt;
        const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    // A NUL byte would cut the path short when it reaches the C library.
    if (out.find('\0') != std::string::npos) return std::nullopt;
    return out;
}

std::string absolute_path(std::string_view path, std::string_view working_dir) {
    if (!path.empty() && path[0] == '/') return std::string(path);
    std::string dir(working_dir);
    if (dir.empty() || dir.back() != '/') dir += '/';
    return dir + std::string(path);
}

}  // namespace

std::string file_url_from_path(std::string_view absolute_path_text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "file://";
    for (const char c : absolute_path_text) {
        const auto u = static_cast<unsigned char>(c);
        if (is_unreserved_path_byte(u)) {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0x0F];
        }
    }
    return out;
}

std::optional<std::string> path_from_file_url(std::string_view url) {
    if (uri_scheme(url) != "file") return std::nullopt;
    std::string_view rest = url.substr(5);
    if (rest.substr(0, 2) != "//") return std::nullopt;
    rest.remove_prefix(2);
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const std::string_view host = rest.substr(0, slash);
    if (!host.empty() && host != "localhost") return std::nullopt;
    std::string_view path = rest.substr(slash);
    if (const auto cut = path.find_first_of("?#"); cut != std::string_view::npos) path = path.substr(0, cut);
    return percent_decode(path);
}

Result<ContentSource> classify_source(std::string_view configured, std::string_view working_dir) {
    ContentSource s;
    s.configured = std::string(configured);
    if (configured.empty()) return unexpected(std::string("no content source given"));
    if (is_web_url(configured)) {
        s.kind = SourceKind::Web;
        s.fetch_url = s.base = std::string(configured);
        return s;
    }
    const auto scheme = uri_scheme(configured);
    s.kind = SourceKind::Local;
    if (!scheme) {
        s.base = absolute_path(configured, working_dir);
        s.fetch_url = file_url_from_path(s.base);
        return s;
    }
    if (*scheme != "file") {
        return unexpected("'" + *scheme + ":' sources are not fetched; use an http(s) URL, a file:// URL or a path");
    }
    const auto path = path_from_file_url(configured);
    if (!path) return unexpected("'" + std::string(configured) + "' is not a local file:// URL (file:///path)");
    s.base = *path;
    s.fetch_url = file_url_from_path(*path);
    return s;
}

Result<std::string> media_fetch_url(const ContentSource& source, std::string_view reference) {
    if (is_web_url(reference)) return std::string(reference);
    if (source.kind == SourceKind::Web) {
        return unexpected("refused " + std::string(reference) + ": media of remote content must be http(s) URLs");
    }
    const auto scheme = uri_scheme(reference);
    if (scheme == "file") {
        const auto path = path_from_file_url(reference);
        if (!path) return unexpected("refused " + std::string(reference) + ": not a local file:// URL");
        return file_url_from_path(*path);
    }
    if (scheme) return unexpected("refused " + std::string(reference) + ": '" + *scheme + ":' is not fetched");
    if (reference.empty() || reference[0] != '/') {
        const auto slash = source.base.rfind('/');
        return file_url_from_path(source.base.substr(0, slash + 1) + std::string(reference));
    }
    return file_url_from_path(reference);
}

}  // namespace kiosk
