// Reading the lists of the content file: speakers, programme sessions, posts and announcements.
#include "kiosk/content/content_readers.h"
#include "kiosk/content/local_time.h"
#include "kiosk/content/near_miss.h"
#include "kiosk/content/url_resolve.h"

namespace kiosk {
namespace {

const std::vector<std::string_view> kSpeakerKeys = {"id", "name", "role", "affiliation", "photo", "bio"};
const std::vector<std::string_view> kSourceKeys = {"source", "format"};
const std::vector<std::string_view> kSessionKeys = {"id",   "title", "start",       "end",
                                                    "room", "track", "description", "speakers"};
const std::vector<std::string_view> kPostKeys = {"id",   "author", "handle", "avatar",   "time",
                                                 "text", "link",   "image",  "image_alt"};
const std::vector<std::string_view> kAnnouncementKeys = {"id", "title", "body"};

constexpr const char* kIdExpect = "lower-case letters, digits, '-' and '_'";

// Calls `read_one` with a reader for each map in the list under `key`.
template <typename ReadOne>
void for_each_item(MapReader& root, std::string_view key, std::string_view who, std::string_view expect,
                   ReadContext& ctx, ReadOne&& read_one) {
    const auto list = root.list(key, "a list of " + std::string(expect), limits::kMaxItems);
    if (!list) return;
    for (const auto& node : *list) {
        MapReader m(node, std::string(who), "a map with fields such as " + std::string(expect), ctx.reporter);
        if (m.is_map()) read_one(m);
    }
}

// Where a list lives in the file and what its items are called in messages and generated ids.
struct ListSpec {
    std::string_view key;     // "programme"
    std::string_view who;     // "every session"
    std::string_view expect;  // "title, start and end"
    std::string_view kind;    // "session", for the id registry
};

// Reads the list with `read_one`, which returns whether the item had an id. Items without one get
// an id from `base_id` once the whole list is read, so a generated id never takes one written
// further down.
template <typename T, typename ReadOne, typename BaseId>
void read_items_with_ids(MapReader& root, const ListSpec& spec, ReadContext& ctx, std::vector<T>& items,
                         ReadOne&& read_one, BaseId&& base_id) {
    IdRegistry ids{std::string(spec.kind)};
    std::vector<std::size_t> without_id;
    for_each_item(root, spec.key, spec.who, spec.expect, ctx, [&](MapReader& m) {
        T item;
        if (!read_one(m, ctx, ids, item)) without_id.push_back(items.size());
        items.push_back(std::move(item));
    });
    for (const auto i : without_id) items[i].id = ids.generate(base_id(items[i], i));
}

// Reads an optional id; returns false when there is none, so one is generated later.
bool read_optional_id(MapReader& m, IdRegistry& ids, ReadContext& ctx, std::string& id) {
    const auto text = m.text("id", Need::Optional, kIdExpect, 100);
    if (!text) return false;
    if (ids.claim(*text, ctx.reporter)) id = text->text;
    return true;
}

void read_session_speakers(MapReader& m, ReadContext& ctx, Session& s) {
    const auto list = m.text_list("speakers", "speaker ids");
    if (!list) return;
    for (const auto& id : *list) {
        if (ctx.speaker_ids.contains(id.text)) {
            s.speaker_ids.push_back(id.text);
            continue;
        }
        ctx.reporter.error(id.mark, "speaker '" + id.text + "' is not defined under 'speakers'; add the speaker "
                                    "there or correct the id" + did_you_mean(id.text, ctx.speaker_ids.ids()));
    }
}

void check_session_times(MapReader& m, ReadContext& ctx, const Session& s) {
    if (s.end > s.start) return;
    const auto& zone = *ctx.zone;
    const auto start = zone.to_local(s.start), end = zone.to_local(s.end);
    std::string message = "'end' (" + format_local(end) + ") ";
    message += s.end == s.start ? "is the same as" : "is before";
    message += " 'start' (" + format_local(start) + "); the end must come after the start";
    if (date::floor<date::days>(end) == date::floor<date::days>(start) && s.end < s.start) {
        message += ". A session that runs past midnight ends on the next day: write " +
                   format_local(end + date::days{1});
    }
    ctx.reporter.error(m.key_mark("end"), message);
}

bool read_session(MapReader& m, ReadContext& ctx, IdRegistry& ids, Session& s) {
    m.check_keys(kSessionKeys, "a session");
    s.pos = ctx.reporter.pos(m.mark());
    const bool has_id = read_optional_id(m, ids, ctx, s.id);
    s.title = read_text(m, "title", Need::Required, "the session's title as text");
    const auto start = read_local_instant(m, "start", Need::Required, ctx);
    const auto end = read_local_instant(m, "end", Need::Required, ctx);
    s.room = read_text(m, "room");
    if (!s.room.empty()) ctx.rooms.insert(s.room);
    s.track = read_text(m, "track");
    s.description = read_text(m, "description");
    read_session_speakers(m, ctx, s);
    if (!start || !end) return has_id;
    s.start = *start;
    s.end = *end;
    check_session_times(m, ctx, s);
    return has_id;
}

std::optional<Instant> read_post_time(MapReader& m, ReadContext& ctx) {
    const auto text = m.text("time", Need::Optional, "a date and time like \"2023-10-09 17:30\"", 100);
    if (!text) return std::nullopt;
    const auto parsed = parse_date_time(text->text, true);
    if (!parsed) {
        ctx.reporter.error(text->mark,
                           "'time': " + parsed.error().message + " (or with an offset, \"2023-10-09T16:30:00Z\")");
        return std::nullopt;
    }
    if (parsed->offset) return Instant{parsed->local.time_since_epoch() - *parsed->offset};
    return read_local_instant(m, "time", Need::Optional, ctx);
}

std::string read_link(MapReader& m, ReadContext& ctx) {
    const auto link = m.text("link", Need::Optional, "a web address starting with https://", 2000);
    if (!link) return {};
    if (is_web_url(link->text)) return link->text;
    ctx.reporter.error(link->mark, "'link' should be a web address starting with https:// or http://, but it is \"" +
                                       link->text + "\"");
    return {};
}

bool read_post(MapReader& m, ReadContext& ctx, IdRegistry& ids, Post& p) {
    m.check_keys(kPostKeys, "a post");
    p.pos = ctx.reporter.pos(m.mark());
    const bool has_id = read_optional_id(m, ids, ctx, p.id);
    p.author = read_text(m, "author", Need::Required, "the author's name as text");
    p.handle = read_text(m, "handle");
    p.avatar = read_media(m, "avatar", "the post will show the author's initials", ctx);
    p.time = read_post_time(m, ctx);
    p.text = read_text(m, "text", Need::Required, "the text of the post", limits::kMaxPostChars);
    p.link = read_link(m, ctx);
    p.image = read_media(m, "image", "the post will be shown without its image", ctx);
    p.image_alt = read_text(m, "image_alt");
    return has_id;
}

bool read_announcement(MapReader& m, ReadContext& ctx, IdRegistry& ids, Announcement& a) {
    m.check_keys(kAnnouncementKeys, "an announcement");
    a.pos = ctx.reporter.pos(m.mark());
    const bool has_id = read_optional_id(m, ids, ctx, a.id);
    a.title = read_text(m, "title", Need::Required, "the announcement's heading as text");
    a.body = read_text(m, "body");
    return has_id;
}

// `key: {source: …, format: …}`: the section comes from elsewhere. False when `key` holds
// something else (a list, read as usual).
bool read_source_map(MapReader& root, std::string_view key, std::string_view what, ReadContext& ctx,
                     std::optional<ExternalSource>& source) {
    const auto node = root.value(key, Need::Optional, "a list");
    if (!node || !node->IsMap()) return false;
    MapReader m(*node, "'" + std::string(key) + "'", "a map with 'source' and 'format'", ctx.reporter);
    m.check_keys(kSourceKeys, "'" + std::string(key) + "'");
    ExternalSource s;
    if (const auto at = m.text("source", Need::Required, "the URL or path of " + std::string(what), 2000)) {
        s.pos = ctx.reporter.pos(at->mark);
        s.url = read_media(m, "source", "the " + std::string(key) + " will be empty", ctx);
    }
    if (const auto format = m.text("format", Need::Optional, "a format name such as pretalx-json or mastodon", 40)) {
        s.format = format->text;
        s.format_pos = ctx.reporter.pos(format->mark);
    }
    if (!s.url.empty()) source = std::move(s);
    return true;
}

}  // namespace

void read_speakers(MapReader& root, ReadContext& ctx, std::vector<Speaker>& speakers) {
    for_each_item(root, "speakers", "every speaker", "id, name and role", ctx, [&](MapReader& m) {
        m.check_keys(kSpeakerKeys, "a speaker");
        Speaker s;
        s.pos = ctx.reporter.pos(m.mark());
        if (const auto id = m.text("id", Need::Required, kIdExpect, 100); id && ctx.speaker_ids.claim(*id, ctx.reporter)) {
            s.id = id->text;
        }
        s.name = read_text(m, "name", Need::Required, "the speaker's name as text");
        s.role = read_text(m, "role");
        s.affiliation = read_text(m, "affiliation");
        s.photo = read_media(m, "photo", "an initials avatar will be shown instead", ctx);
        s.bio = read_text(m, "bio");
        speakers.push_back(std::move(s));
    });
}

void read_programme(MapReader& root, ReadContext& ctx, std::vector<Session>& programme,
                    std::optional<ExternalSource>& source) {
    if (read_source_map(root, "programme", "a schedule export", ctx, source)) {
        ctx.programme_external = true;
        return;
    }
    read_items_with_ids(root, {"programme", "every session", "title, start and end", "session"}, ctx, programme,
                        read_session, [](const Session& s, std::size_t) { return slug(s.title); });
}

void read_posts(MapReader& root, ReadContext& ctx, std::vector<Post>& posts, std::optional<ExternalSource>& source) {
    if (read_source_map(root, "posts", "a Mastodon timeline or a feed", ctx, source)) return;
    read_items_with_ids(root, {"posts", "every post", "author and text", "post"}, ctx, posts, read_post,
                        [](const Post&, std::size_t i) { return "post-" + std::to_string(i + 1); });
}

void read_announcements(MapReader& root, ReadContext& ctx, std::vector<Announcement>& announcements) {
    read_items_with_ids(root, {"announcements", "every announcement", "title and body", "announcement"}, ctx,
                        announcements, read_announcement,
                        [](const Announcement& a, std::size_t) { return slug(a.title); });
}

}  // namespace kiosk
