// Pins are written into the organiser's own text at each reference's place (yaml-cpp's marks),
// so comments, order and layout stay as they wrote them.
#include "kiosk/app/publish_pins.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include "kiosk/cache/sha256.h"
#include "kiosk/content/content_limits.h"
#include "kiosk/content/yaml_text.h"
#include "kiosk/trust/pinned_reference.h"

namespace kiosk {
namespace {

struct Reference {
    YAML::Node node;
    std::string where;  // "line 12" for errors
};

void collect(const YAML::Node& map, const char* key, std::vector<Reference>& out) {
    if (!map || !map.IsMap()) return;
    const YAML::Node value = map[key];
    if (value && value.IsScalar() && !value.Scalar().empty()) {
        out.push_back({value, "line " + std::to_string(value.Mark().line + 1)});
    }
}

std::vector<Reference> references_in(const YAML::Node& root) {
    std::vector<Reference> out;
    if (!root.IsMap()) return out;
    collect(root["event"], "logo", out);
    for (const char* list : {"speakers", "posts"}) {
        const YAML::Node items = root[list];
        if (!items || !items.IsSequence()) continue;
        for (const auto& item : items) {
            collect(item, "photo", out);
            collect(item, "avatar", out);
            collect(item, "image", out);
        }
    }
    for (const char* section : {"programme", "posts"}) collect(root[section], "source", out);
    return out;
}

// A path the server can hold beside the content file: relative, no scheme, nothing above it.
bool publishable(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find("://") != std::string_view::npos) return false;
    if (path.find(':') != std::string_view::npos || path.find('\\') != std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return true;
}

std::string double_quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// Where the scalar's own text is in `text`: [begin, end), quotes included.
Result<std::pair<std::size_t, std::size_t>> token_of(std::string_view text, const YAML::Node& node) {
    const std::size_t begin = static_cast<std::size_t>(node.Mark().pos);
    const std::string& value = node.Scalar();
    if (begin >= text.size()) return unexpected(std::string("cannot find it in the file"));
    const char first = text[begin];
    if (first == '"' || first == '\'') {
        // The closing quote: the first unescaped one, '' being an escaped quote in single quotes.
        for (std::size_t i = begin + 1; i < text.size() && text[i] != '\n'; ++i) {
            if (first == '"' && text[i] == '\\') {
                ++i;
            } else if (text[i] == first) {
                if (first == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return std::pair{begin, i + 1};
            }
        }
        return unexpected(std::string("write it on one line to publish it"));
    }
    if (text.substr(begin, value.size()) != value) return unexpected(std::string("write it on one line to publish it"));
    return std::pair{begin, begin + value.size()};
}

}  // namespace

Result<PinnedContent> pin_content_files(std::string_view text, const std::string& name, const RelativeReader& read) {
    // The content file's own limits; it has passed them once already, in the check before this.
    constexpr YamlLimits kLimits{limits::kMaxNesting, limits::kMaxEntries, limits::kMaxFileBytes};
    auto root = parse_yaml_text(text, kLimits, name);
    if (!root) return unexpected(root.error().error);
    struct Edit {
        std::size_t begin, end;
        std::string replacement;
    };
    std::vector<Edit> edits;
    PinnedContent out;
    std::map<std::string, std::string> hashes;  // path -> sha256, each file read once
    for (const Reference& ref : references_in(*root)) {
        const std::string path(trust::without_pin(ref.node.Scalar()));
        const std::string at = name + ", " + ref.where + ": " + path;
        if (!publishable(path)) {
            return unexpected(at + ": only files beside the content file (relative paths inside its folder) can be "
                                   "published and pinned; download it next to the content file and name it so");
        }
        auto hash = hashes.find(path);
        if (hash == hashes.end()) {
            auto bytes = read(path);
            if (!bytes) return unexpected(at + ": " + bytes.error().message);
            hash = hashes.emplace(path, sha256_hex(*bytes)).first;
            out.files.push_back({path, std::move(*bytes)});
        }
        const auto token = token_of(text, ref.node);
        if (!token) return unexpected(at + ": " + token.error().message);
        const std::string pinned = trust::with_pin(path, hash->second);
        const bool plain = text[token->first] != '"' && text[token->first] != '\'';
        edits.push_back({token->first, token->second, plain ? pinned : double_quoted(pinned)});
    }
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    out.text = std::string(text);
    for (const Edit& e : edits) out.text.replace(e.begin, e.end - e.begin, e.replacement);
    return out;
}

}  // namespace kiosk
