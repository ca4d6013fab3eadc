// JSON Feed (https://jsonfeed.org/version/1.1): items with content_html or content_text, authors[]
// in 1.1 and author in 1.0.
#include "kiosk/content/content_limits.h"
#include "kiosk/content/url_resolve.h"
#include "kiosk/import/feed_items.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/source_ids.h"
#include "kiosk/import/text_shape.h"
#include "kiosk/import/time_text.h"

namespace kiosk::import {
namespace {

const Json* first_author(const Json& item, const Json& feed) {
    for (const Json* holder : {&item, &feed}) {
        const Json& authors = array_at(*holder, "authors");
        if (!authors.empty() && authors[0].is_object()) return &authors[0];
        if (const Json* a = member(*holder, "author"); a != nullptr && a->is_object()) return a;
    }
    return nullptr;
}

SourcePost post_from(const Json& item, const Json& feed, const ImportOptions& options) {
    SourcePost out;
    const std::string base = options.base.empty() ? options.source_name : options.base;
    out.source_id = text_at(item, "id");
    out.original_id = out.source_id;
    out.url = text_at(item, "url");
    std::string body = clean_rich(text_at(item, "content_html"));
    if (body.empty()) body = shape_paragraphs(text_at(item, "content_text"));
    if (body.empty()) body = clean_rich(text_at(item, "summary"));
    out.post.text = truncate_text(feed_post_text(clean_line(text_at(item, "title")), body), kiosk::limits::kMaxPostChars);
    if (const Json* author = first_author(item, feed)) {
        out.post.author = truncate_text(clean_line(text_at(*author, "name")), limits::kMaxNameChars);
        if (const std::string avatar = text_at(*author, "avatar"); !avatar.empty())
            out.post.avatar = resolve_reference(base, avatar);
    }
    if (out.post.author.empty()) out.post.author = clean_line(text_at(feed, "title"));
    std::string stamp_text = text_at(item, "date_published");
    if (stamp_text.empty()) stamp_text = text_at(item, "date_modified");
    if (const auto stamp = parse_rfc3339(stamp_text); stamp && stamp->offset) out.post.time = stamp->instant();
    if (const std::string image = text_at(item, "image"); !image.empty()) {
        out.post.image = resolve_reference(base, image);
        out.image_without_alt = true;  // JSON Feed has no field for an image description
    }
    out.post.link = out.url.empty() ? std::string() : resolve_reference(base, out.url);
    out.post.id = exact_id("f-", out.source_id.empty() ? out.url : out.source_id);
    out.post.pos = SourcePos{options.source_name, 0, 0};
    return out;
}

}  // namespace

std::string feed_post_text(const std::string& title, const std::string& body) {
    if (title.empty()) return body;
    if (body.empty()) return title;
    // Some feeds repeat the title as the body's first line.
    if (body.rfind(title, 0) == 0 && (body.size() == title.size() || body[title.size()] == '\n')) return body;
    return title + "\n\n" + body;
}

PostsImport import_json_feed_document(const Json& document, const ImportOptions& options) {
    PostsImport out;
    const Json* items = member(document, "items");
    if (items == nullptr || !items->is_array()) {
        out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0},
                                   "not a JSON Feed: there is no items array"});
        return out;
    }
    for (const auto& item : *items) {
        if (out.posts.size() >= limits::kMaxItems) break;
        if (item.is_object()) out.posts.push_back(post_from(item, document, options));
    }
    return out;
}

PostsImport import_json_feed(std::string_view bytes, const ImportOptions& options) {
    auto document = parse_json(bytes);
    if (!document) {
        PostsImport out;
        out.diagnostics.push_back(
            to_diagnostic(Error{.message = document.error().message, .pos = SourcePos{.file = options.source_name}}));
        return out;
    }
    return import_json_feed_document(*document, options);
}

}  // namespace kiosk::import
