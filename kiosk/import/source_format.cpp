// Detection reads the document once more than the importer will; sources are small enough that a
// second parse costs less than carrying a parsed document through every caller.
#include "kiosk/import/source_format.h"

#include <tinyxml2.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "kiosk/import/feed_items.h"
#include "kiosk/import/json_document.h"
#include "kiosk/import/mastodon_statuses.h"
#include "kiosk/import/pretalx_speakers.h"
#include "kiosk/import/schedule_json.h"
#include "kiosk/import/schedule_xml.h"
#include "kiosk/import/xml_document.h"

namespace kiosk::import {
namespace {

struct Name {
    std::string_view name;
    SourceFormat format;
};
constexpr std::array<Name, 14> kNames{{
    {"schedule-json", SourceFormat::ScheduleJson}, {"pretalx-json", SourceFormat::ScheduleJson},
    {"frab-json", SourceFormat::ScheduleJson},     {"schedule-xml", SourceFormat::ScheduleXml},
    {"frab-xml", SourceFormat::ScheduleXml},       {"pentabarf-xml", SourceFormat::ScheduleXml},
    {"pretalx-xml", SourceFormat::ScheduleXml},    {"pretalx-speakers", SourceFormat::PretalxSpeakers},
    {"mastodon", SourceFormat::MastodonStatuses},  {"json-feed", SourceFormat::JsonFeed},
    {"rss", SourceFormat::Rss},                    {"atom", SourceFormat::Atom},
    {"auto", SourceFormat::Unknown},               {"unknown", SourceFormat::Unknown},
}};

std::string_view skip_space(std::string_view s) {
    if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

bool looks_binary(std::string_view s) {
    return std::find(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(s.size(), 4096)),
                     '\0') != s.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(s.size(), 4096));
}

bool is_status(const Json& j) { return member(j, "account") != nullptr && member(j, "content") != nullptr; }

Detection detect_json(std::string_view bytes) {
    const auto doc = parse_json(bytes);
    if (!doc) return {SourceFormat::Unknown, doc.error().message};
    const Json& j = *doc;
    if (j.is_array()) {
        const auto has = [&](auto&& test) { return std::any_of(j.begin(), j.end(), test); };
        if (j.empty() || has([](const Json& e) { return is_status(e); })) return {SourceFormat::MastodonStatuses, {}};
        if (has([](const Json& e) { return member(e, "code") != nullptr; })) return {SourceFormat::PretalxSpeakers, {}};
        return {SourceFormat::Unknown, "a JSON array, but not of Mastodon statuses or pretalx speakers"};
    }
    const Json* schedule = member(j, "schedule");
    if ((schedule != nullptr && member(*schedule, "conference") != nullptr) || member(j, "conference") != nullptr)
        return {SourceFormat::ScheduleJson, {}};
    if (text_at(j, "version").find("jsonfeed.org") != std::string::npos) return {SourceFormat::JsonFeed, {}};
    if (is_status(j)) return {SourceFormat::MastodonStatuses, {}};
    if (member(j, "results") != nullptr) return {SourceFormat::PretalxSpeakers, {}};
    if (member(j, "items") != nullptr) return {SourceFormat::JsonFeed, {}};
    return {SourceFormat::Unknown, "JSON, but not a schedule, speakers page, Mastodon status list or JSON Feed"};
}

Detection detect_xml(std::string_view bytes) {
    const auto doc = parse_xml(bytes);
    if (!doc) return {SourceFormat::Unknown, doc.error().message};
    const char* root = (*doc)->RootElement()->Name();
    if (std::strcmp(root, "schedule") == 0) return {SourceFormat::ScheduleXml, {}};
    if (std::strcmp(root, "rss") == 0) return {SourceFormat::Rss, {}};
    if (std::strcmp(root, "feed") == 0) return {SourceFormat::Atom, {}};
    return {SourceFormat::Unknown, std::string("XML with root element <") + root + ">, not a schedule or a feed"};
}

template <typename T>
T failed(const ImportOptions& options, const std::string& message) {
    T out;
    out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0}, message});
    return out;
}

}  // namespace

std::optional<SourceFormat> format_from_name(std::string_view name) {
    for (const auto& n : kNames)
        if (n.name == name) return n.format;
    return std::nullopt;
}

std::string format_name(SourceFormat format) {
    for (const auto& n : kNames)
        if (n.format == format) return std::string(n.name);
    return "unknown";
}

Detection detect_format(std::string_view bytes) {
    if (looks_binary(bytes)) return {SourceFormat::Unknown, "binary data, not a schedule or a post list"};
    const std::string_view text = skip_space(bytes);
    if (text.empty()) return {SourceFormat::Unknown, "the file is empty"};
    if (text.front() == '{' || text.front() == '[') return detect_json(text);
    if (text.front() == '<') return detect_xml(text);
    return {SourceFormat::Unknown, "neither JSON nor XML"};
}

ProgrammeImport import_programme(std::string_view bytes, const ImportOptions& options,
                                 std::optional<SourceFormat> format) {
    Detection d{format.value_or(SourceFormat::Unknown), {}};
    if (!format) d = detect_format(bytes);
    const std::string_view text = skip_space(bytes);
    switch (d.format) {
        case SourceFormat::ScheduleJson: return import_schedule_json(text, options);
        case SourceFormat::ScheduleXml: return import_schedule_xml(text, options);
        case SourceFormat::PretalxSpeakers: {
            ProgrammeImport out;
            SpeakersImport page = import_pretalx_speakers(text, options);
            merge_speakers(out, page);
            out.diagnostics = std::move(page.diagnostics);
            return out;
        }
        case SourceFormat::Unknown: return failed<ProgrammeImport>(options, "not a programme: " + d.problem);
        default: return failed<ProgrammeImport>(options, "a " + format_name(d.format) + " source holds posts, not a programme");
    }
}

PostsImport import_posts(std::string_view bytes, const ImportOptions& options, std::optional<SourceFormat> format) {
    Detection d{format.value_or(SourceFormat::Unknown), {}};
    if (!format) d = detect_format(bytes);
    const std::string_view text = skip_space(bytes);
    switch (d.format) {
        case SourceFormat::MastodonStatuses: return import_mastodon_statuses(text, options);
        case SourceFormat::JsonFeed: return import_json_feed(text, options);
        case SourceFormat::Rss:
        case SourceFormat::Atom: return import_xml_feed(text, options);
        case SourceFormat::Unknown: return failed<PostsImport>(options, "not a post list: " + d.problem);
        default: return failed<PostsImport>(options, "a " + format_name(d.format) + " source is a programme, not posts");
    }
}

}  // namespace kiosk::import
