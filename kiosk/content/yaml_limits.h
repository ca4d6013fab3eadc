// Limits on what a YAML file may cost, enforced on yaml-cpp's own event stream before any tree is built.
//
// yaml-cpp keeps several hundred bytes per node and recurses once per nesting level, so a file of
// tiny list items would take a gigabyte and one of nested brackets would overflow the stack. The
// limits are counted as the parser reports each node, by the same parser that later builds the
// tree, so no spelling of YAML can reach the tree without being counted.
#pragma once

#include <yaml-cpp/exceptions.h>

#include <cstddef>
#include <string>

namespace kiosk {

struct YamlLimits {
    int max_nesting = 0;
    // Keys and list items in the whole document, an alias counting as everything it repeats.
    std::size_t max_entries = 0;
    // Bytes of all keys and texts together, an alias counting as everything it repeats.
    std::size_t max_text_bytes = 0;
};

// A limit passed, at the node that passed it. `msg` is a full sentence naming the limit.
class YamlLimitError : public YAML::ParserException {
public:
    YamlLimitError(const YAML::Mark& at, const std::string& message) : YAML::ParserException(at, message) {}
};

// The message for a file nested past `max_nesting` levels.
std::string nesting_message(int max_nesting);

// Reads the first document of `text` as events and throws YamlLimitError at the first node past a
// limit, or YAML::ParserException for a syntax error, as YAML::Load would. An alias to a list or map
// that is still open (a node containing itself) is refused too: readers would walk it forever.
void check_yaml_limits(const std::string& text, const YamlLimits& limits);

}  // namespace kiosk
