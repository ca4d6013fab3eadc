// Moderation rules read from YAML; yaml-cpp throws on bad input, and that stops here as an error.
#include "kiosk/import/moderation_rules.h"

#include <yaml-cpp/yaml.h>

#include <array>

#include "kiosk/content/content_limits.h"
#include "kiosk/content/yaml_text.h"

namespace kiosk::import {
namespace {

SourcePos pos_of(const std::string& source, const YAML::Mark& m) {
    return SourcePos{.file = source, .line = m.line + 1, .column = m.column + 1};
}

Unexpected<Error> error_at(const std::string& source, const YAML::Node& n, std::string message) {
    return unexpected(Error{.message = std::move(message), .pos = pos_of(source, n.Mark())});
}

Result<std::vector<std::string>> string_list(const YAML::Node& n, const std::string& key, const std::string& source) {
    if (n.IsScalar()) return std::vector<std::string>{n.Scalar()};
    if (!n.IsSequence()) return error_at(source, n, "'" + key + "' must be a list of strings");
    std::vector<std::string> out;
    for (const auto& item : n) {
        if (!item.IsScalar()) return error_at(source, item, "'" + key + "' must hold strings only");
        out.push_back(item.Scalar());
    }
    return out;
}

Result<bool> flag(const YAML::Node& n, const std::string& key, const std::string& source) {
    if (n.IsScalar() && (n.Scalar() == "true" || n.Scalar() == "false")) return n.Scalar() == "true";
    return error_at(source, n, "'" + key + "' must be true or false");
}

// Stores a read value in its field, or passes the error on.
template <typename T>
Status store(Result<T> read, T& field) {
    if (!read) return unexpected(std::move(read).error());
    field = std::move(*read);
    return {};
}

Status read_key(const YAML::Node& key_node, const YAML::Node& v, ModerationRules& r, const std::string& source) {
    const std::string key = key_node.as<std::string>();
    if (key == "block_accounts") return store(string_list(v, key, source), r.blocked_accounts);
    if (key == "block_words") return store(string_list(v, key, source), r.blocked_words);
    if (key == "allow_accounts") return store(string_list(v, key, source), r.allowed_accounts);
    if (key == "approve") return store(string_list(v, key, source), r.approved_posts);
    if (key == "pin") return store(string_list(v, key, source), r.pinned_posts);
    if (key == "allow_list_only") return store(flag(v, key, source), r.allow_list_only);
    if (key == "hide_replies") return store(flag(v, key, source), r.hide_replies);
    if (key == "hide_sensitive") return store(flag(v, key, source), r.hide_sensitive);
    if (key == "media_needs_alt_text") return store(flag(v, key, source), r.media_needs_alt_text);
    return error_at(source, key_node,
                    "unknown moderation key '" + key +
                        "'; known: block_accounts, block_words, allow_list_only, allow_accounts, "
                        "approve, pin, hide_replies, hide_sensitive, media_needs_alt_text");
}

Result<ModerationRules> read_rules(const YAML::Node& doc, const std::string& source_name) {
    const YAML::Node section = (doc.IsMap() && doc["moderation"]) ? doc["moderation"] : doc;
    ModerationRules rules;
    if (section.IsNull()) return rules;
    if (!section.IsMap()) return error_at(source_name, section, "moderation rules must be a map");
    for (const auto& entry : section) {
        if (auto read = read_key(entry.first, entry.second, rules, source_name); !read) {
            return unexpected(std::move(read).error());
        }
    }
    return rules;
}

}  // namespace

Result<ModerationRules> read_moderation_rules(std::string_view yaml, const std::string& source_name) {
    // Rules sit in a content file or a file like one, so a content file's limits apply.
    auto doc = parse_yaml_text(yaml, {kiosk::limits::kMaxNesting, kiosk::limits::kMaxEntries, kiosk::limits::kMaxFileBytes},
                               source_name);
    if (!doc) return unexpected(std::move(doc).error().error);
    // The readers check each node's kind first; this only keeps a conversion yaml-cpp refuses from
    // leaving the module as an exception.
    try {
        return read_rules(*doc, source_name);
    } catch (const YAML::Exception& e) {
        return unexpected(Error{.message = e.msg, .pos = pos_of(source_name, e.mark)});
    }
}

Result<ModerationRules> parse_moderation_rules(std::string_view yaml, const std::string& source_name) {
    auto rules = read_moderation_rules(yaml, source_name);
    if (!rules) return unexpected(format_diagnostic(to_diagnostic(rules.error())));
    return rules;
}

}  // namespace kiosk::import
