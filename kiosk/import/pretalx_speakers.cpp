// Speaker ids are made from the pretalx code exactly as the schedule importer makes them, so a
// speakers page and a schedule.json of the same event meet on the same ids.
#include "kiosk/import/pretalx_speakers.h"

#include "kiosk/content/url_resolve.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/source_ids.h"
#include "kiosk/import/text_shape.h"

namespace kiosk::import {
namespace {

std::optional<Speaker> speaker_from(const Json& j, const ImportOptions& options) {
    Speaker s;
    const std::string code = text_at(j, "code");
    s.name = truncate_text(clean_line(localised_text(member(j, "name"))), limits::kMaxNameChars);
    if (s.name.empty() && code.empty()) return std::nullopt;
    s.id = readable_id("p-", code.empty() ? s.name : code);
    s.bio = clean_rich(localised_text(member(j, "biography")));
    std::string avatar = text_at(j, "avatar_url");
    if (avatar.empty()) avatar = text_at(j, "avatar");
    if (!avatar.empty()) s.photo = resolve_reference(options.base.empty() ? options.source_name : options.base, avatar);
    s.pos = SourcePos{options.source_name, 0, 0};
    return s;
}

}  // namespace

SpeakersImport import_pretalx_speakers_document(const Json& document, const ImportOptions& options) {
    SpeakersImport out;
    const Json* results = document.is_array() ? &document : member(document, "results");
    if (results == nullptr || !results->is_array()) {
        out.diagnostics.push_back({Severity::Error, SourcePos{options.source_name, 0, 0},
                                   "not a pretalx speakers page: there is no results array"});
        return out;
    }
    out.next = text_at(document, "next");
    for (const auto& item : *results) {
        if (out.speakers.size() >= limits::kMaxItems) break;
        if (auto s = speaker_from(item, options)) out.speakers.push_back(std::move(*s));
    }
    return out;
}

SpeakersImport import_pretalx_speakers(std::string_view bytes, const ImportOptions& options) {
    auto document = parse_json(bytes);
    if (!document) {
        SpeakersImport out;
        out.diagnostics.push_back(
            to_diagnostic(Error{.message = document.error().message, .pos = SourcePos{.file = options.source_name}}));
        return out;
    }
    return import_pretalx_speakers_document(*document, options);
}

void merge_speakers(ProgrammeImport& programme, const SpeakersImport& page) {
    for (const auto& incoming : page.speakers) {
        Speaker* known = nullptr;
        for (auto& s : programme.speakers)
            if (s.id == incoming.id) known = &s;
        if (known == nullptr) {
            programme.speakers.push_back(incoming);
            continue;
        }
        if (!incoming.bio.empty()) known->bio = incoming.bio;
        if (!incoming.photo.empty()) known->photo = incoming.photo;
    }
}

}  // namespace kiosk::import
