// Typed reading of one YAML map, reporting every wrong type, missing field and unknown key.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/content/content_limits.h"
#include "kiosk/content/reporter.h"

namespace kiosk {

enum class Need { Optional, Required };

// A scalar read from the file with where it was written, for later checks on its value.
struct TextAt {
    std::string text;
    YAML::Mark mark;
};

// "a list", "a map (key: value pairs)", "empty", "the text \"abc\"": what a node is, for messages.
std::string describe_node(const YAML::Node& node);

class MapReader {
public:
    // `who` names the owner in messages: "the event", "every speaker". When `node` is not a map,
    // that is reported once and every read returns nothing.
    MapReader(const YAML::Node& node, std::string who, std::string_view expect, Reporter& reporter);

    bool is_map() const { return is_map_; }
    const YAML::Mark& mark() const { return mark_; }
    Reporter& reporter() { return reporter_; }

    // Unknown keys are warnings, with a suggestion when one is a likely typo of a known key.
    void check_keys(const std::vector<std::string_view>& known, std::string_view where);

    // The value node, or nothing when the key is absent or empty (reported when Required).
    std::optional<YAML::Node> value(std::string_view key, Need need, std::string_view expect);
    std::optional<TextAt> text(std::string_view key, Need need, std::string_view expect = "text",
                               std::size_t max_chars = limits::kMaxFieldChars);
    std::optional<long long> integer(std::string_view key, long long min, long long max, std::string_view expect);
    // A list of scalars; a single scalar counts as a list of one.
    std::optional<std::vector<TextAt>> text_list(std::string_view key, std::string_view expect);
    // A list of maps, rejected whole when longer than `max_items`.
    std::optional<YAML::Node> list(std::string_view key, std::string_view expect, std::size_t max_items);

    YAML::Mark key_mark(std::string_view key) const;
    // True when the key is written with no value, as in "accent:" or "accent: #E4003B" (a comment).
    bool is_empty(std::string_view key) const;

private:
    struct Entry {
        std::string key;
        YAML::Node key_node;
        YAML::Node value;
    };

    const Entry* find(std::string_view key) const;
    void collect_entries(const YAML::Node& node);
    std::optional<TextAt> scalar(const Entry& e, std::string_view expect, std::size_t max_chars);

    Reporter& reporter_;
    std::string who_;
    YAML::Mark mark_;
    bool is_map_ = false;
    std::vector<Entry> entries_;
};

// A scalar as text, or a reported type error; also checks the length in characters.
std::optional<TextAt> read_scalar(const YAML::Node& node, std::string_view name, std::string_view expect,
                                  std::size_t max_chars, Reporter& reporter);

// Length in characters (code points) of valid UTF-8.
std::size_t utf8_length(std::string_view s);

// "12,345"
std::string with_separators(std::size_t n);

}  // namespace kiosk
