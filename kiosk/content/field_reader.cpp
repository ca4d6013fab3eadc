// Reading maps entry by entry (never through operator[]), so every key keeps its own position.
#include "kiosk/content/field_reader.h"

#include <charconv>

#include "kiosk/content/near_miss.h"

namespace kiosk {
namespace {

YAML::Mark mark_or(const YAML::Node& node, const YAML::Mark& fallback) {
    const YAML::Mark m = node.Mark();
    return m.is_null() ? fallback : m;
}

std::string quoted_excerpt(const std::string& s) {
    constexpr std::size_t kShown = 40;
    if (s.size() <= kShown) return "\"" + s + "\"";
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0U) == 0x80U) --cut;
    return "\"" + s.substr(0, cut) + "...\"";
}

std::string join_keys(const std::vector<std::string_view>& keys) {
    std::string out;
    for (const auto k : keys) out += (out.empty() ? "" : ", ") + std::string(k);
    return out;
}

}  // namespace

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
    }
    return n;
}

std::string with_separators(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
    return digits;
}

std::string describe_node(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a map (key: value pairs)";
        case YAML::NodeType::Scalar: return "the text " + quoted_excerpt(node.Scalar());
        default: return "empty";
    }
}

std::optional<TextAt> read_scalar(const YAML::Node& node, std::string_view name, std::string_view expect,
                                  std::size_t max_chars, Reporter& reporter) {
    if (!node.IsScalar()) {
        reporter.error(node.Mark(), std::string(name) + " should be " + std::string(expect) + ", but it is " +
                                        describe_node(node));
        return std::nullopt;
    }
    const std::size_t length = utf8_length(node.Scalar());
    if (length > max_chars) {
        reporter.error(node.Mark(), std::string(name) + " is " + with_separators(length) +
                                        " characters long; the limit is " + with_separators(max_chars));
        return std::nullopt;
    }
    return TextAt{node.Scalar(), node.Mark()};
}

MapReader::MapReader(const YAML::Node& node, std::string who, std::string_view expect, Reporter& reporter)
    : reporter_(reporter), who_(std::move(who)), mark_(node.Mark()), is_map_(node.IsMap()) {
    if (!is_map_) {
        reporter_.error(mark_, who_ + " should be " + std::string(expect) + ", but it is " + describe_node(node));
        return;
    }
    collect_entries(node);
}

void MapReader::collect_entries(const YAML::Node& node) {
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar() || key.Scalar().empty()) {
            reporter_.error(mark_or(key, mark_), "a key should be a plain word such as 'title', but it is " +
                                                     describe_node(key));
            continue;
        }
        if (const Entry* first = find(key.Scalar())) {
            reporter_.error(key.Mark(), "'" + key.Scalar() + "' is given twice; the first is on line " +
                                            std::to_string(first->key_node.Mark().line + 1) + ", keep only one");
            continue;
        }
        entries_.push_back(Entry{key.Scalar(), key, it->second});
    }
}

const MapReader::Entry* MapReader::find(std::string_view key) const {
    for (const auto& e : entries_) {
        if (e.key == key) return &e;
    }
    return nullptr;
}

void MapReader::check_keys(const std::vector<std::string_view>& known, std::string_view where) {
    for (const auto& e : entries_) {
        bool found = false;
        for (const auto k : known) found = found || k == e.key;
        if (found) continue;
        std::string message = "unknown key '" + e.key + "' in " + std::string(where) + " is ignored";
        const std::string hint = did_you_mean(e.key, known);
        message += hint.empty() ? "; the keys here are: " + join_keys(known) : hint;
        reporter_.warning(e.key_node.Mark(), message);
    }
}

YAML::Mark MapReader::key_mark(std::string_view key) const {
    const Entry* e = find(key);
    return e ? e->key_node.Mark() : mark_;
}

bool MapReader::is_empty(std::string_view key) const {
    const Entry* e = find(key);
    return e && e->value.IsNull();
}

std::optional<YAML::Node> MapReader::value(std::string_view key, Need need, std::string_view expect) {
    const Entry* e = find(key);
    const bool empty = e && e->value.IsNull();
    if (e && !empty) return e->value;
    if (need == Need::Required) {
        reporter_.error(e ? e->key_node.Mark() : mark_, "'" + std::string(key) + "' is " +
                                                            (e ? "empty" : "missing") + ": " + who_ +
                                                            " needs it (" + std::string(expect) + ")");
    }
    return std::nullopt;
}

std::optional<TextAt> MapReader::text(std::string_view key, Need need, std::string_view expect, std::size_t max_chars) {
    const auto node = value(key, need, expect);
    if (!node) return std::nullopt;
    return read_scalar(*node, "'" + std::string(key) + "'", expect, max_chars, reporter_);
}

std::optional<long long> MapReader::integer(std::string_view key, long long min, long long max, std::string_view expect) {
    const auto node = value(key, Need::Optional, expect);
    if (!node) return std::nullopt;
    const auto text = read_scalar(*node, "'" + std::string(key) + "'", expect, 40, reporter_);
    if (!text) return std::nullopt;
    long long v = 0;
    const char* first = text->text.data();
    const char* last = first + text->text.size();
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last) {
        reporter_.error(text->mark, "'" + std::string(key) + "' should be " + std::string(expect) + ", but it is " +
                                        describe_node(*node));
        return std::nullopt;
    }
    if (v < min || v > max) {
        reporter_.error(text->mark, "'" + std::string(key) + "' is " + text->text + "; it should be " +
                                        std::string(expect));
        return std::nullopt;
    }
    return v;
}

std::optional<std::vector<TextAt>> MapReader::text_list(std::string_view key, std::string_view expect) {
    const auto node = value(key, Need::Optional, expect);
    if (!node) return std::nullopt;
    const std::string name = "an item of '" + std::string(key) + "'";
    if (node->IsScalar()) {
        auto one = read_scalar(*node, name, expect, limits::kMaxFieldChars, reporter_);
        return one ? std::optional(std::vector<TextAt>{*one}) : std::nullopt;
    }
    const auto items = list(key, "a list of " + std::string(expect), limits::kMaxShortListItems);
    if (!items) return std::nullopt;
    std::vector<TextAt> out;
    for (const auto& item : *items) {
        if (auto t = read_scalar(item, name, expect, limits::kMaxFieldChars, reporter_)) out.push_back(*t);
    }
    return out;
}

std::optional<YAML::Node> MapReader::list(std::string_view key, std::string_view expect, std::size_t max_items) {
    const auto node = value(key, Need::Optional, expect);
    if (!node) return std::nullopt;
    if (!node->IsSequence()) {
        reporter_.error(node->Mark(), "'" + std::string(key) + "' should be " + std::string(expect) + ", but it is " +
                                          describe_node(*node));
        return std::nullopt;
    }
    if (node->size() > max_items) {
        reporter_.error(node->Mark(), "'" + std::string(key) + "' has " + with_separators(node->size()) +
                                          " items; the limit is " + with_separators(max_items));
        return std::nullopt;
    }
    return node;
}

}  // namespace kiosk
