// Reading XML sources with tinyxml2: size, encoding and nesting checked, child text read leniently.
#pragma once

#include <tinyxml2.h>

#include <memory>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"

namespace kiosk::import {

// Parses the bytes, or says in one sentence why not (with the line for syntax errors).
Result<std::unique_ptr<tinyxml2::XMLDocument>> parse_xml(std::string_view bytes);

// The text of the first child element named `name` (a prefix such as "dc:" is part of the name);
// empty when there is none. Nested markup inside it is read as text.
std::string child_text(const tinyxml2::XMLElement& parent, const char* name);

// An attribute's value, or empty.
std::string attribute(const tinyxml2::XMLElement& e, const char* name);

// All text inside an element, entities decoded by tinyxml2; CDATA included.
std::string element_text(const tinyxml2::XMLElement& e);

}  // namespace kiosk::import
