// Ids of one kind (speakers, sessions, posts, announcements): their form, uniqueness and generation.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/content/field_reader.h"

namespace kiosk {

// Lower-case letters, digits, '-' and '_': ids end up in file names and URLs.
bool is_valid_id(std::string_view id);

// "Arrival & drinks" -> "arrival-drinks"; letters outside ASCII are dropped. Empty when nothing is left.
std::string slug(std::string_view title);

class IdRegistry {
public:
    explicit IdRegistry(std::string kind) : kind_(std::move(kind)) {}

    // Records an id written in the file; reports a bad form or a repeat and returns false then.
    bool claim(const TextAt& id, Reporter& reporter);
    bool contains(std::string_view id) const { return lines_.find(id) != lines_.end(); }
    std::vector<std::string_view> ids() const;
    // A new id from `stem`: the stem itself, else "stem-2", "stem-3", ...
    std::string generate(std::string_view stem);

private:
    std::string kind_;
    std::map<std::string, int, std::less<>> lines_;  // id -> line it is written on (0 when generated)
};

}  // namespace kiosk
