// tinyxml2 refuses elements nested deeper than 500 levels by itself, and never fetches external
// entities or DTDs, so a hostile feed cannot make it read a local file.
#include "kiosk/import/xml_document.h"

#include "kiosk/content/utf8_check.h"
#include "kiosk/import/import_limits.h"

namespace kiosk::import {

Result<std::unique_ptr<tinyxml2::XMLDocument>, std::string> parse_xml(std::string_view bytes) {
    if (bytes.size() > limits::kMaxSourceBytes)
        return unexpected(std::string("the file is larger than 16 MiB, far more than any schedule or feed"));
    if (const auto problem = check_utf8_text(bytes))
        return unexpected("not UTF-8 text at byte " + std::to_string(problem->offset + 1) + ": " + problem->message);
    auto doc = std::make_unique<tinyxml2::XMLDocument>(true, tinyxml2::PRESERVE_WHITESPACE);
    if (doc->Parse(bytes.data(), bytes.size()) != tinyxml2::XML_SUCCESS) {
        std::string why = doc->ErrorStr() != nullptr ? doc->ErrorStr() : "unreadable";
        return unexpected("not well-formed XML: " + why);
    }
    if (doc->RootElement() == nullptr) return unexpected(std::string("the XML has no root element"));
    return doc;
}

std::string element_text(const tinyxml2::XMLElement& e) {
    std::string out;
    // Iterative, so mixed content deep inside a description cannot recurse without bound.
    const tinyxml2::XMLNode* node = e.FirstChild();
    while (node != nullptr && node != &e) {
        if (const auto* text = node->ToText()) out += text->Value();
        if (node->FirstChild() != nullptr && node->ToElement() != nullptr) {
            node = node->FirstChild();
            continue;
        }
        while (node != &e && node->NextSibling() == nullptr) node = node->Parent();
        if (node != &e) node = node->NextSibling();
    }
    return out;
}

std::string child_text(const tinyxml2::XMLElement& parent, const char* name) {
    const tinyxml2::XMLElement* child = parent.FirstChildElement(name);
    return child != nullptr ? element_text(*child) : std::string();
}

std::string attribute(const tinyxml2::XMLElement& e, const char* name) {
    const char* v = e.Attribute(name);
    return v != nullptr ? std::string(v) : std::string();
}

}  // namespace kiosk::import
