// RSS 2.0 and Atom (RFC 4287). Descriptions are usually escaped HTML, which tinyxml2 unescapes once
// and the HTML reader then reads.
#include <tinyxml2.h>

#include <cstring>

#include "kiosk/content/content_limits.h"
#include "kiosk/content/url_resolve.h"
#include "kiosk/import/feed_items.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/rfc822_date.h"
#include "kiosk/import/source_ids.h"
#include "kiosk/import/text_shape.h"
#include "kiosk/import/time_text.h"
#include "kiosk/import/xml_document.h"

namespace kiosk::import {
namespace {

using tinyxml2::XMLElement;

std::optional<Instant> atom_time(const XMLElement& e) {
    for (const char* name : {"published", "updated"})
        if (const auto stamp = parse_rfc3339(child_text(e, name)); stamp && stamp->offset) return stamp->instant();
    return std::nullopt;
}

std::string atom_link(const XMLElement& entry) {
    for (const XMLElement* l = entry.FirstChildElement("link"); l; l = l->NextSiblingElement("link")) {
        const std::string rel = attribute(*l, "rel");
        if (rel.empty() || rel == "alternate") return attribute(*l, "href");
    }
    return {};
}

SourcePost finish(SourcePost out, const std::string& title, const std::string& body, const ImportOptions& options,
                  const char* prefix) {
    const std::string base = options.base.empty() ? options.source_name : options.base;
    out.original_id = out.source_id;
    out.post.text = truncate_text(feed_post_text(clean_line(title), body), kiosk::limits::kMaxPostChars);
    out.post.author = truncate_text(clean_line(out.post.author), limits::kMaxNameChars);
    if (!out.url.empty()) out.post.link = resolve_reference(base, out.url);
    out.post.id = exact_id(prefix, out.source_id.empty() ? out.url : out.source_id);
    out.post.pos = SourcePos{options.source_name, 0, 0};
    return out;
}

SourcePost rss_item(const XMLElement& item, const std::string& channel_title, const ImportOptions& options) {
    SourcePost out;
    out.source_id = child_text(item, "guid");
    out.url = child_text(item, "link");
    out.post.author = child_text(item, "dc:creator");
    if (out.post.author.empty()) out.post.author = child_text(item, "author");
    if (out.post.author.empty()) out.post.author = channel_title;
    out.post.time = parse_rfc822(child_text(item, "pubDate"));
    if (!out.post.time)
        if (const auto stamp = parse_rfc3339(child_text(item, "dc:date")); stamp && stamp->offset)
            out.post.time = stamp->instant();
    std::string body = clean_rich(child_text(item, "content:encoded"));
    if (body.empty()) body = clean_rich(child_text(item, "description"));
    return finish(std::move(out), child_text(item, "title"), body, options, "r-");
}

SourcePost atom_entry(const XMLElement& entry, const std::string& feed_author, const ImportOptions& options) {
    SourcePost out;
    out.source_id = child_text(entry, "id");
    out.url = atom_link(entry);
    if (const XMLElement* author = entry.FirstChildElement("author")) out.post.author = child_text(*author, "name");
    if (out.post.author.empty()) out.post.author = feed_author;
    out.post.time = atom_time(entry);
    std::string body = clean_rich(child_text(entry, "content"));
    if (body.empty()) body = clean_rich(child_text(entry, "summary"));
    return finish(std::move(out), child_text(entry, "title"), body, options, "a-");
}

void read_rss(const XMLElement& root, const ImportOptions& options, PostsImport& out) {
    const XMLElement* channel = root.FirstChildElement("channel");
    if (channel == nullptr) return;
    const std::string title = child_text(*channel, "title");
    for (const XMLElement* i = channel->FirstChildElement("item"); i && out.posts.size() < limits::kMaxItems;
         i = i->NextSiblingElement("item"))
        out.posts.push_back(rss_item(*i, title, options));
}

void read_atom(const XMLElement& root, const ImportOptions& options, PostsImport& out) {
    std::string feed_author = child_text(root, "title");
    if (const XMLElement* author = root.FirstChildElement("author")) feed_author = child_text(*author, "name");
    for (const XMLElement* e = root.FirstChildElement("entry"); e && out.posts.size() < limits::kMaxItems;
         e = e->NextSiblingElement("entry"))
        out.posts.push_back(atom_entry(*e, feed_author, options));
}

}  // namespace

PostsImport import_xml_feed(const tinyxml2::XMLDocument& document, const ImportOptions& options) {
    PostsImport out;
    const XMLElement* root = document.RootElement();
    if (root != nullptr && std::strcmp(root->Name(), "rss") == 0) read_rss(*root, options, out);
    else if (root != nullptr && std::strcmp(root->Name(), "feed") == 0) read_atom(*root, options, out);
    else
        out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0},
                                   "not an RSS or Atom feed: the root element is neither <rss> nor <feed>"});
    return out;
}

PostsImport import_xml_feed(std::string_view bytes, const ImportOptions& options) {
    auto document = parse_xml(bytes);
    if (!document) {
        PostsImport out;
        out.diagnostics.push_back(
            to_diagnostic(Error{.message = document.error().message, .pos = SourcePos{.file = options.source_name}}));
        return out;
    }
    return import_xml_feed(**document, options);
}

}  // namespace kiosk::import
