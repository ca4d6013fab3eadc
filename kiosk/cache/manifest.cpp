// Manifest files in YAML: written with yaml-cpp's emitter, read back with every field checked.
#include "kiosk/cache/manifest.h"

#include <date/date.h>
#include <yaml-cpp/yaml.h>

#include <charconv>
#include <chrono>

#include "kiosk/cache/sha256.h"
#include "kiosk/content/content_limits.h"
#include "kiosk/content/yaml_text.h"

namespace kiosk {
namespace {

void emit_optional(YAML::Emitter& out, const char* key, const std::string& value) {
    if (!value.empty()) out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
}

void emit_assets(YAML::Emitter& out, const std::vector<AssetEntry>& assets) {
    out << YAML::Key << "assets" << YAML::Value << YAML::BeginSeq;
    for (const auto& a : assets) {
        out << YAML::BeginMap;
        out << YAML::Key << "url" << YAML::Value << YAML::DoubleQuoted << a.url;
        out << YAML::Key << "sha256" << YAML::Value << a.sha256;
        out << YAML::Key << "bytes" << YAML::Value << a.bytes;
        emit_optional(out, "etag", a.etag);
        emit_optional(out, "last_modified", a.last_modified);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void emit_missing(YAML::Emitter& out, const std::vector<MissingAsset>& missing) {
    out << YAML::Key << "missing" << YAML::Value << YAML::BeginSeq;
    for (const auto& m : missing) {
        out << YAML::BeginMap;
        out << YAML::Key << "url" << YAML::Value << YAML::DoubleQuoted << m.url;
        out << YAML::Key << "error" << YAML::Value << YAML::DoubleQuoted << m.error;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

// Reads a manifest's fields in order and keeps the first thing wrong with them; once one field
// has failed, the later reads do nothing, so the error named is the first one in the file.
class Fields {
public:
    // A text field, or empty when it is missing and not `required`.
    std::string text(const YAML::Node& map, const char* key, bool required) {
        if (error_) return {};
        const YAML::Node node = map[key];
        if (!node) {
            if (required) fail(std::string("missing '") + key + "'");
            return {};
        }
        if (!node.IsScalar()) {
            fail(std::string("'") + key + "' is not text");
            return {};
        }
        return node.as<std::string>();
    }

    std::string hash(const YAML::Node& map, const char* key) {
        std::string value = text(map, key, true);
        check(is_sha256_hex(value), std::string("'") + key + "' is not a SHA-256 hex digest");
        return value;
    }

    SnapshotKind kind(const YAML::Node& map) {
        const std::string name = text(map, "kind", true);
        if (name == "posts") return SnapshotKind::Posts;
        check(name == "content", "'kind' must be content or posts");
        return SnapshotKind::Content;
    }

    // Fails with `message` unless `ok` (or an earlier field has failed already).
    void check(bool ok, std::string message) {
        if (!ok) fail(std::move(message));
    }

    bool failed() const { return error_.has_value(); }
    Error error() const { return *error_; }

private:
    void fail(std::string message) {
        if (!error_) error_ = Error{.message = std::move(message), .pos = std::nullopt};
    }

    std::optional<Error> error_;
};

Result<Manifest> read_manifest(const YAML::Node& root) {
    if (!root.IsMap()) return unexpected("a manifest must be a mapping");
    Fields f;
    f.check(f.text(root, "format", true) == "1", "unknown manifest format");
    Manifest m;
    m.kind = f.kind(root);
    m.source = f.text(root, "source", true);
    m.base = f.text(root, "base", true);
    m.time_zone = f.text(root, "time_zone", false);
    m.etag = f.text(root, "etag", false);
    m.last_modified = f.text(root, "last_modified", false);
    const auto fetched = parse_utc(f.text(root, "fetched_at", true));
    f.check(fetched.has_value(), "'fetched_at' is not a UTC time like 2023-10-09T13:50:00Z");
    if (f.failed()) return unexpected(f.error());
    m.fetched_at = *fetched;
    m.content_sha256 = f.hash(root, "content_sha256");
    m.content_bytes = root["content_bytes"].as<std::uint64_t>(0);
    for (const auto& a : root["assets"]) {
        if (f.failed()) break;
        m.assets.push_back(AssetEntry{.url = f.text(a, "url", true),
                                      .sha256 = f.hash(a, "sha256"),
                                      .bytes = a["bytes"].as<std::uint64_t>(0),
                                      .etag = f.text(a, "etag", false),
                                      .last_modified = f.text(a, "last_modified", false)});
    }
    for (const auto& x : root["missing"]) {
        if (f.failed()) break;
        m.missing.push_back(MissingAsset{.url = f.text(x, "url", true), .error = f.text(x, "error", false)});
    }
    if (f.failed()) return unexpected(f.error());
    return m;
}

}  // namespace

std::string_view kind_name(SnapshotKind kind) { return kind == SnapshotKind::Posts ? "posts" : "content"; }

const AssetEntry* Manifest::find_asset(std::string_view url) const {
    for (const auto& a : assets) {
        if (a.url == url) return &a;
    }
    return nullptr;
}

std::string manifest_to_yaml(const Manifest& m) {
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value << 1;
    out << YAML::Key << "kind" << YAML::Value << std::string(kind_name(m.kind));
    out << YAML::Key << "source" << YAML::Value << YAML::DoubleQuoted << m.source;
    out << YAML::Key << "base" << YAML::Value << YAML::DoubleQuoted << m.base;
    emit_optional(out, "time_zone", m.time_zone);
    emit_optional(out, "etag", m.etag);
    emit_optional(out, "last_modified", m.last_modified);
    out << YAML::Key << "fetched_at" << YAML::Value << format_utc(m.fetched_at);
    out << YAML::Key << "content_sha256" << YAML::Value << m.content_sha256;
    out << YAML::Key << "content_bytes" << YAML::Value << m.content_bytes;
    emit_assets(out, m.assets);
    emit_missing(out, m.missing);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

Result<Manifest> parse_manifest(std::string_view text) {
    // A manifest lists a snapshot's assets, at most a content file's worth of media.
    auto doc = parse_yaml_text(text, {8, limits::kMaxEntries, limits::kMaxFileBytes});
    if (!doc) {
        const YamlTextError& e = doc.error();
        if (!e.error.pos) return unexpected(e.error.message);
        return unexpected(std::to_string(e.error.pos->line) + ":" + std::to_string(e.error.pos->column) + ": " +
                          e.error.message);
    }
    // The reader checks each node's kind before it converts it; this only keeps a surprise from
    // yaml-cpp's tree (a conversion it refuses) from leaving the module as an exception.
    try {
        return read_manifest(*doc);
    } catch (const YAML::Exception& e) {
        return unexpected(std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) + ": " + e.msg);
    }
}

}  // namespace kiosk
