// pretalx's speakers API (/api/events/<slug>/speakers/), paged with `next`: bios and avatars.
#pragma once

#include <string_view>

#include "kiosk/import/import_types.h"
#include "kiosk/import/json_document.h"

namespace kiosk::import {

// One page: {"next": ..., "results": [...]}, or a bare array of speakers. The avatar is
// `avatar_url` in the current API and `avatar` in the old one; names may be i18n objects.
SpeakersImport import_pretalx_speakers(std::string_view bytes, const ImportOptions& options);
SpeakersImport import_pretalx_speakers_document(const Json& document, const ImportOptions& options);

// Gives the programme's speakers the bios and photos a speakers page has for the same pretalx code,
// and adds the page's speakers the programme does not name yet.
void merge_speakers(ProgrammeImport& programme, const SpeakersImport& page);

}  // namespace kiosk::import
