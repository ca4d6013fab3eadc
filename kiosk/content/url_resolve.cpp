// RFC 3986 reference resolution: split both URIs, merge paths, remove dot segments, recompose.
#include "kiosk/content/url_resolve.h"

#include <cctype>

namespace kiosk {
namespace {

struct UriParts {
    std::optional<std::string_view> scheme;
    std::optional<std::string_view> authority;
    std::string_view path;
    std::optional<std::string_view> query;
    std::optional<std::string_view> fragment;
};

// RFC 3986 allows one-letter schemes; callers that read local paths ask for two letters or more,
// so that a Windows drive such as "C:" is not taken for a scheme.
std::optional<std::size_t> scheme_length(std::string_view s, std::size_t shortest) {
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon < shortest) return std::nullopt;
    if (!std::isalpha(static_cast<unsigned char>(s[0]))) return std::nullopt;
    for (std::size_t i = 1; i < colon; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return std::nullopt;
    }
    return colon;
}

UriParts split(std::string_view s) {
    UriParts p;
    if (const auto hash = s.find('#'); hash != std::string_view::npos) {
        p.fragment = s.substr(hash + 1);
        s = s.substr(0, hash);
    }
    if (const auto q = s.find('?'); q != std::string_view::npos) {
        p.query = s.substr(q + 1);
        s = s.substr(0, q);
    }
    if (const auto len = scheme_length(s, 1)) {
        p.scheme = s.substr(0, *len);
        s = s.substr(*len + 1);
    }
    if (s.substr(0, 2) == "//") {
        const auto end = s.find('/', 2);
        p.authority = s.substr(2, end == std::string_view::npos ? std::string_view::npos : end - 2);
        s = end == std::string_view::npos ? std::string_view() : s.substr(end);
    }
    p.path = s;
    return p;
}

// Moves the last segment of `out` (with its leading '/') away, as RFC 3986 5.2.4 step 2C says.
void drop_last_segment(std::string& out) {
    const auto slash = out.rfind('/');
    out.erase(slash == std::string::npos ? 0 : slash);
}

std::string remove_dot_segments(std::string_view in) {
    std::string out;
    while (!in.empty()) {
        if (in.substr(0, 3) == "../") in.remove_prefix(3);
        else if (in.substr(0, 2) == "./") in.remove_prefix(2);
        else if (in.substr(0, 3) == "/./") in.remove_prefix(2);
        else if (in == "/.") in = "/";
        else if (in.substr(0, 4) == "/../") { in.remove_prefix(3); drop_last_segment(out); }
        else if (in == "/..") { in = "/"; drop_last_segment(out); }
        else if (in == "." || in == "..") in = {};
        else {
            const auto next = in.find('/', in[0] == '/' ? 1 : 0);
            const auto segment = in.substr(0, next);
            out += segment;
            in.remove_prefix(segment.size());
        }
    }
    return out;
}

std::string merge_paths(const UriParts& base, std::string_view ref_path) {
    if (base.authority && base.path.empty()) return "/" + std::string(ref_path);
    const auto slash = base.path.rfind('/');
    if (slash == std::string_view::npos) return std::string(ref_path);
    return std::string(base.path.substr(0, slash + 1)) + std::string(ref_path);
}

std::string compose(const UriParts& p, const std::string& path) {
    std::string out;
    if (p.scheme) out += std::string(*p.scheme) + ":";
    if (p.authority) out += "//" + std::string(*p.authority);
    out += path;
    if (p.query) out += "?" + std::string(*p.query);
    if (p.fragment) out += "#" + std::string(*p.fragment);
    return out;
}

}  // namespace

std::optional<std::string> uri_scheme(std::string_view s) {
    const auto len = scheme_length(s, 2);
    if (!len) return std::nullopt;
    std::string scheme(s.substr(0, *len));
    for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return scheme;
}

bool is_web_url(std::string_view s) {
    const auto scheme = uri_scheme(s);
    return scheme && (*scheme == "http" || *scheme == "https") && s.substr(scheme->size() + 1, 2) == "//";
}

std::string resolve_reference(std::string_view base_text, std::string_view ref_text) {
    const UriParts base = split(base_text);
    UriParts ref = split(ref_text);
    UriParts target;
    std::string path;
    if (ref.scheme) {
        target = ref;
        path = remove_dot_segments(ref.path);
    } else if (ref.authority) {
        target = ref;
        target.scheme = base.scheme;
        path = remove_dot_segments(ref.path);
    } else {
        target = base;
        target.query = ref.query ? ref.query : (ref.path.empty() ? base.query : std::nullopt);
        if (ref.path.empty()) path = std::string(base.path);
        else if (ref.path[0] == '/') path = remove_dot_segments(ref.path);
        else path = remove_dot_segments(merge_paths(base, ref.path));
    }
    target.fragment = ref.fragment;
    return compose(target, path);
}

}  // namespace kiosk
