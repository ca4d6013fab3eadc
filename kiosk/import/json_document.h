// Reading JSON sources with nlohmann-json within fixed limits, every value read leniently.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "kiosk/base/result.h"

namespace kiosk::import {

using Json = nlohmann::json;

// The parsed document, or one plain sentence saying why not (with line and column for syntax, the
// limit's name for a document past the size, value or nesting limit).
Result<Json> parse_json(std::string_view bytes);

// The member `key` of an object, or nullptr when `j` is no object or has no such member.
const Json* member(const Json& j, std::string_view key);

// A text value: strings as they are, numbers written out, null and everything else empty.
// nlohmann keeps numbers apart from strings; old servers sent ids as numbers, new ones as strings.
std::string text_of(const Json* j);
std::string text_at(const Json& j, std::string_view key);

// pretalx writes some names as {"en": "...", "de": "..."}: the English text, else the first there is.
// Plain strings and numbers read as text_of reads them.
std::string localised_text(const Json* j);

// An array member, or an empty array for anything else.
const Json& array_at(const Json& j, std::string_view key);

// True when the member is true, or the string "true".
bool flag_at(const Json& j, std::string_view key);

// The name of the JSON type, for messages: "a number", "an object".
std::string type_name(const Json& j);

}  // namespace kiosk::import
