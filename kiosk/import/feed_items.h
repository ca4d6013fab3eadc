// Generic post sources: JSON Feed 1.1 (and 1.0), RSS 2.0 and Atom. A post with no date has an
// unknown time, never "now".
#pragma once

#include <string_view>

#include "kiosk/import/import_types.h"
#include "kiosk/import/json_document.h"

namespace tinyxml2 {
class XMLDocument;
}

namespace kiosk::import {

PostsImport import_json_feed(std::string_view bytes, const ImportOptions& options);
PostsImport import_json_feed_document(const Json& document, const ImportOptions& options);

// RSS 2.0 (<rss><channel><item>) and Atom (<feed><entry>), told apart by the root element.
PostsImport import_xml_feed(std::string_view bytes, const ImportOptions& options);
PostsImport import_xml_feed(const tinyxml2::XMLDocument& document, const ImportOptions& options);

// Title and body as one post text: the title alone when the body only repeats it.
std::string feed_post_text(const std::string& title, const std::string& body);

}  // namespace kiosk::import
