// Field names follow the Mastodon API's Status entity; Akkoma and Pleroma send the same shape with
// flake ids, and 2017 servers sent no emojis[] at all.
#include "kiosk/import/mastodon_statuses.h"

#include "kiosk/base/ascii_text.h"
#include "kiosk/import/html_text.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/shortcodes.h"
#include "kiosk/import/source_ids.h"
#include "kiosk/import/text_shape.h"
#include "kiosk/import/time_text.h"
#include "kiosk/content/content_limits.h"

namespace kiosk::import {
namespace {

using EmojiSet = std::set<std::string, std::less<>>;

// The shortcodes a status or account declares; nothing when the server sent no list.
std::optional<EmojiSet> emoji_names(const Json& j) {
    const Json* list = member(j, "emojis");
    if (list == nullptr || !list->is_array()) return std::nullopt;
    EmojiSet names;
    for (const auto& e : *list) names.insert(text_at(e, "shortcode"));
    return names;
}

std::string host_of(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) return {};
    const auto start = scheme + 3;
    return url.substr(start, url.find('/', start) - start);
}

struct Author {
    std::string name;
    std::string account;  // user@host, lower case, for matching rules
    std::string shown;    // user@host as the server writes it, for the screen
    std::string avatar;
};

Author author_of(const Json& account) {
    Author a;
    std::string acct = text_at(account, "acct");
    const std::string username = text_at(account, "username");
    if (acct.empty()) acct = username;
    if (acct.find('@') == std::string::npos && !acct.empty()) acct += "@" + host_of(text_at(account, "url"));
    if (!acct.empty() && acct.back() == '@') acct.pop_back();
    a.shown = acct;
    a.account = ascii_lower(acct);
    const auto emojis = emoji_names(account);
    a.name = shape_line(remove_shortcodes(clean_line(text_at(account, "display_name")), emojis ? &*emojis : nullptr));
    if (a.name.empty()) a.name = username.empty() ? acct : username;
    a.name = truncate_text(a.name, limits::kMaxNameChars);
    a.avatar = text_at(account, "avatar_static");
    if (a.avatar.empty()) a.avatar = text_at(account, "avatar");
    return a;
}

void take_media(const Json& status, SourcePost& out) {
    for (const auto& m : array_at(status, "media_attachments")) {
        const std::string type = text_at(m, "type");
        if (type != "image" && type != "gifv") continue;
        out.post.image = text_at(m, type == "image" ? "url" : "preview_url");
        if (out.post.image.empty()) out.post.image = text_at(m, "preview_url");
        out.post.image_alt = shape_line(text_at(m, "description"));
        out.image_without_alt = out.post.image_alt.empty();
        return;
    }
}

SourcePost post_from(const Json& outer, const ImportOptions& options, Diagnostics& diagnostics) {
    const Json* reblog = member(outer, "reblog");
    const bool boost = reblog != nullptr && reblog->is_object();
    const Json& status = boost ? *reblog : outer;
    SourcePost out;
    out.source_id = text_at(outer, "id");
    out.original_id = boost ? text_at(status, "id") : out.source_id;
    const Author author = author_of(status.value("account", Json::object()));
    out.account = author.account;
    out.post.author = author.name;
    out.post.handle = author.shown.empty() ? std::string() : "@" + author.shown;
    out.post.avatar = author.avatar;
    if (boost) {
        const Author booster = author_of(outer.value("account", Json::object()));
        out.boosted_by_account = booster.account;
        out.post.handle += (out.post.handle.empty() ? "" : " · ") + std::string("boosted by ") + booster.name;
    }
    const auto emojis = emoji_names(status);
    const std::string text = remove_shortcodes(html_to_text(text_at(status, "content")), emojis ? &*emojis : nullptr);
    out.post.text = truncate_text(shape_paragraphs(text), kiosk::limits::kMaxPostChars);
    out.content_warning = clean_line(text_at(status, "spoiler_text"));
    out.sensitive = flag_at(status, "sensitive");
    out.reply = !text_at(status, "in_reply_to_id").empty();
    out.url = text_at(status, "url");
    if (out.url.empty()) out.url = text_at(status, "uri");
    out.post.link = out.url;
    const auto stamp = parse_rfc3339(text_at(status, "created_at"));
    if (stamp && stamp->offset) out.post.time = stamp->instant();
    else diagnostics.push_back({Severity::Warning, SourcePos{options.source_name, 0, 0},
                                "status " + out.source_id + ": created_at is missing or unreadable; its time is unknown"});
    take_media(status, out);
    out.post.id = exact_id("m-", out.source_id.empty() ? out.url : out.source_id);
    out.post.pos = SourcePos{options.source_name, 0, 0};
    return out;
}

}  // namespace

PostsImport import_mastodon_statuses_document(const Json& document, const ImportOptions& options) {
    PostsImport out;
    if (document.is_object() && member(document, "error") != nullptr && member(document, "content") == nullptr) {
        out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0},
                                   "the server answered with an error: " + text_at(document, "error")});
        return out;
    }
    const Json single = document.is_object() ? Json::array({document}) : Json::array();
    const Json& list = document.is_array() ? document : single;
    if (!document.is_array() && !document.is_object()) {
        out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0},
                                   "not Mastodon statuses: the document is " + type_name(document)});
        return out;
    }
    for (const auto& status : list) {
        if (out.posts.size() >= limits::kMaxItems) break;
        if (!status.is_object()) continue;
        out.posts.push_back(post_from(status, options, out.diagnostics));
    }
    return out;
}

PostsImport import_mastodon_statuses(std::string_view bytes, const ImportOptions& options) {
    auto document = parse_json(bytes);
    if (!document) {
        PostsImport out;
        out.diagnostics.push_back(
            to_diagnostic(Error{.message = document.error().message, .pos = SourcePos{.file = options.source_name}}));
        return out;
    }
    return import_mastodon_statuses_document(*document, options);
}

}  // namespace kiosk::import
