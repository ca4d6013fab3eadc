// tinyxml2 never fetches external entities or DTDs, so a hostile feed cannot make it read a local
// file; what it may cost in memory is bounded by counting its nodes on the bytes first.
#include "kiosk/import/xml_document.h"

#include <optional>

#include "kiosk/content/field_reader.h"
#include "kiosk/content/utf8_check.h"
#include "kiosk/import/import_limits.h"

namespace kiosk::import {
namespace {

// The nodes tinyxml2 would make, counted on the bytes: it has no streaming interface, and it keeps
// some 100 bytes per element, attribute and text (25 times "<a/>"), so the count comes first.
// The scan follows only what decides nodes: tags, quoted attribute values, comments, CDATA and
// declarations. Anything it misreads is malformed XML, which tinyxml2 then refuses.
class NodeCount {
public:
    explicit NodeCount(std::string_view bytes) : b_(bytes) {}

    Status run() {
        bool in_text = false;
        for (i_ = 0; i_ < b_.size() && !problem_; ++i_) {
            const char c = b_[i_];
            if (c == '\n') ++line_;
            if (c != '<') {
                if (!in_text) add_nodes(1);
                in_text = true;
                continue;
            }
            in_text = false;
            tag();
        }
        if (problem_) return unexpected(*problem_);
        return {};
    }

private:
    bool starts(std::string_view s) const { return b_.substr(i_, s.size()) == s; }

    // Moves to the last byte of `end`, counting lines on the way; to the end of the text when absent.
    void skip_past(std::string_view end) {
        const std::size_t at = b_.find(end, i_);
        const std::size_t stop = at == std::string_view::npos ? b_.size() : at + end.size() - 1;
        for (; i_ < stop; ++i_) if (b_[i_] == '\n') ++line_;
    }

    void tag() {
        if (starts("<!--")) return add_then_skip("-->");
        if (starts("<![CDATA[")) return add_then_skip("]]>");
        if (starts("<?") ) return add_then_skip("?>");
        if (starts("<!")) return add_then_skip(">");
        if (starts("</")) {
            --depth_;
            return skip_past(">");
        }
        element();
    }

    void add_then_skip(std::string_view end) {
        add_nodes(1);
        skip_past(end);
    }

    void element() {
        add_nodes(1);
        char quote = 0;
        for (++i_; i_ < b_.size(); ++i_) {
            const char c = b_[i_];
            if (c == '\n') ++line_;
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                add_nodes(1);
            } else if (c == '>') {
                if (b_[i_ - 1] != '/' && ++depth_ > limits::kMaxNesting)
                    fail("elements are nested more than " + std::to_string(limits::kMaxNesting) + " levels deep (the nesting limit)");
                return;
            }
        }
    }

    void add_nodes(std::size_t n) {
        nodes_ += n;
        if (nodes_ > limits::kMaxElements)
            fail("the XML has more than " + with_separators(limits::kMaxElements) +
                 " elements, attributes and texts (the element limit)");
    }

    void fail(const std::string& why) {
        if (!problem_) problem_ = why + ", passed at line " + std::to_string(line_);
    }

    std::string_view b_;
    std::size_t i_ = 0;
    std::size_t nodes_ = 0;
    int depth_ = 0;
    int line_ = 1;
    std::optional<std::string> problem_;
};

}  // namespace

Result<std::unique_ptr<tinyxml2::XMLDocument>> parse_xml(std::string_view bytes) {
    if (bytes.size() > limits::kMaxSourceBytes)
        return unexpected("the file is larger than " + with_separators(limits::kMaxSourceBytes) +
                          " bytes (the source size limit), far more than any schedule or feed");
    if (const auto problem = check_utf8_text(bytes))
        return unexpected("not UTF-8 text at byte " + std::to_string(problem->offset + 1) + ": " + problem->message);
    if (auto counted = NodeCount(bytes).run(); !counted) return unexpected(std::move(counted).error());
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
