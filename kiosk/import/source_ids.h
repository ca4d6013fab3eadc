// Ids for the content model (lower-case letters, digits, '-' and '_') made from a source's own ids.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace kiosk::import {

// "Camp2019-10386" -> "s-camp2019-10386": readable, and made unique by UniqueIds where case or
// punctuation made two alike.
std::string readable_id(std::string_view prefix, std::string_view source_id);

// An id that keeps every distinction of an opaque source id: Mastodon's "AQetOIEp6Z2GZ4UiI4" and
// "aqetoiep6z2gz4uii4" are different posts. Capitals become "_" plus the letter.
std::string exact_id(std::string_view prefix, std::string_view source_id);

class UniqueIds {
public:
    // `wanted` itself, else "wanted-2", "wanted-3", ...
    std::string claim(const std::string& wanted);

private:
    std::set<std::string, std::less<>> taken_;
};

}  // namespace kiosk::import
