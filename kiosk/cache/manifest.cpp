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

// A required text field; throws a message naming the field, caught in parse_manifest.
std::string text_of(const YAML::Node& map, const char* key, bool required) {
    const YAML::Node node = map[key];
    if (!node) {
        if (required) throw std::runtime_error(std::string("missing '") + key + "'");
        return {};
    }
    if (!node.IsScalar()) throw std::runtime_error(std::string("'") + key + "' is not text");
    return node.as<std::string>();
}

std::string checked_hash(const YAML::Node& map, const char* key) {
    std::string value = text_of(map, key, true);
    if (!is_sha256_hex(value)) throw std::runtime_error(std::string("'") + key + "' is not a SHA-256 hex digest");
    return value;
}

SnapshotKind kind_of(const std::string& name) {
    if (name == "content") return SnapshotKind::Content;
    if (name == "posts") return SnapshotKind::Posts;
    throw std::runtime_error("'kind' must be content or posts");
}

Manifest read_manifest(const YAML::Node& root) {
    if (!root.IsMap()) throw std::runtime_error("a manifest must be a mapping");
    if (text_of(root, "format", true) != "1") throw std::runtime_error("unknown manifest format");
    Manifest m;
    m.kind = kind_of(text_of(root, "kind", true));
    m.source = text_of(root, "source", true);
    m.base = text_of(root, "base", true);
    m.time_zone = text_of(root, "time_zone", false);
    m.etag = text_of(root, "etag", false);
    m.last_modified = text_of(root, "last_modified", false);
    const auto fetched = parse_utc(text_of(root, "fetched_at", true));
    if (!fetched) throw std::runtime_error("'fetched_at' is not a UTC time like 2023-10-09T13:50:00Z");
    m.fetched_at = *fetched;
    m.content_sha256 = checked_hash(root, "content_sha256");
    m.content_bytes = root["content_bytes"].as<std::uint64_t>(0);
    for (const auto& a : root["assets"]) {
        m.assets.push_back({text_of(a, "url", true), checked_hash(a, "sha256"), a["bytes"].as<std::uint64_t>(0),
                            text_of(a, "etag", false), text_of(a, "last_modified", false)});
    }
    for (const auto& x : root["missing"]) m.missing.push_back({text_of(x, "url", true), text_of(x, "error", false)});
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

Result<Manifest, std::string> parse_manifest(std::string_view text) {
    try {
        // A manifest lists a snapshot's assets, at most a content file's worth of media.
        return read_manifest(parse_yaml_text(text, {8, limits::kMaxEntries, limits::kMaxFileBytes}));
    } catch (const YAML::Exception& e) {
        return unexpected(std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) + ": " + e.msg);
    } catch (const std::exception& e) {
        return unexpected(std::string(e.what()));
    }
}


}  // namespace kiosk
