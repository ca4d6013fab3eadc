// yaml-cpp throws on bad input; every exception is caught here and becomes a message.
#include "kiosk/import/moderation_rules.h"

#include <yaml-cpp/yaml.h>

#include <array>

#include "kiosk/content/content_limits.h"
#include "kiosk/content/yaml_text.h"

namespace kiosk::import {
namespace {

struct RulesError {
    Diagnostic diagnostic;
};

SourcePos pos_of(const std::string& source, const YAML::Mark& m) { return {source, m.line + 1, m.column + 1}; }

RulesError error_at(const std::string& source, const YAML::Node& n, std::string message) {
    return RulesError{{Severity::Error, pos_of(source, n.Mark()), std::move(message)}};
}

std::vector<std::string> string_list(const YAML::Node& n, const std::string& key, const std::string& source) {
    if (n.IsScalar()) return {n.Scalar()};
    if (!n.IsSequence()) throw error_at(source, n, "'" + key + "' must be a list of strings");
    std::vector<std::string> out;
    for (const auto& item : n) {
        if (!item.IsScalar()) throw error_at(source, item, "'" + key + "' must hold strings only");
        out.push_back(item.Scalar());
    }
    return out;
}

bool flag(const YAML::Node& n, const std::string& key, const std::string& source) {
    if (n.IsScalar() && (n.Scalar() == "true" || n.Scalar() == "false")) return n.Scalar() == "true";
    throw error_at(source, n, "'" + key + "' must be true or false");
}

void read_key(const YAML::Node& key_node, const YAML::Node& v, ModerationRules& r, const std::string& source) {
    const std::string key = key_node.as<std::string>();
    if (key == "block_accounts") r.blocked_accounts = string_list(v, key, source);
    else if (key == "block_words") r.blocked_words = string_list(v, key, source);
    else if (key == "allow_accounts") r.allowed_accounts = string_list(v, key, source);
    else if (key == "approve") r.approved_posts = string_list(v, key, source);
    else if (key == "pin") r.pinned_posts = string_list(v, key, source);
    else if (key == "allow_list_only") r.allow_list_only = flag(v, key, source);
    else if (key == "hide_replies") r.hide_replies = flag(v, key, source);
    else if (key == "hide_sensitive") r.hide_sensitive = flag(v, key, source);
    else if (key == "media_needs_alt_text") r.media_needs_alt_text = flag(v, key, source);
    else
        throw error_at(source, key_node, "unknown moderation key '" + key +
                                      "'; known: block_accounts, block_words, allow_list_only, allow_accounts, "
                                      "approve, pin, hide_replies, hide_sensitive, media_needs_alt_text");
}

}  // namespace

Result<ModerationRules, Diagnostic> read_moderation_rules(std::string_view yaml, const std::string& source_name) {
    try {
        // Rules sit in a content file or a file like one, so a content file's limits apply.
        const YAML::Node doc = parse_yaml_text(yaml, {kiosk::limits::kMaxNesting, kiosk::limits::kMaxEntries,
                                                      kiosk::limits::kMaxFileBytes});
        const YAML::Node section = (doc.IsMap() && doc["moderation"]) ? doc["moderation"] : doc;
        ModerationRules rules;
        if (section.IsNull()) return rules;
        if (!section.IsMap()) return unexpected(error_at(source_name, section, "moderation rules must be a map").diagnostic);
        for (const auto& entry : section) read_key(entry.first, entry.second, rules, source_name);
        return rules;
    } catch (const RulesError& e) {
        return unexpected(e.diagnostic);
    } catch (const YAML::Exception& e) {
        return unexpected(Diagnostic{Severity::Error, pos_of(source_name, e.mark), e.msg});
    }
}

Result<ModerationRules, std::string> parse_moderation_rules(std::string_view yaml, const std::string& source_name) {
    auto rules = read_moderation_rules(yaml, source_name);
    if (!rules) return unexpected(format_diagnostic(rules.error()));
    return *rules;
}

}  // namespace kiosk::import
