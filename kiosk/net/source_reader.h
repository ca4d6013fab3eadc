// Reading the sources a content file takes parts from (a schedule export, a timeline), for one-shot loads.
#pragma once

#include <string>

#include "kiosk/content/content_file.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/import/source_merge.h"
#include "kiosk/net/http_client.h"
#include "kiosk/net/source_policy.h"

namespace kiosk {

// The limits for a schedule export or a timeline: those of a content document, with room for a
// large conference.
FetchLimits external_source_limits();

// Reads a source named in content from `document` under the same policy as its media: a web
// document may only name web URLs; a local file may also name local files.
import::SourceReader direct_source_reader(const ContentSource& document, HttpClient& client);

// How the offline cache loads a content snapshot: import::load_event_text, with each source the
// document names read from the snapshot's own copy (under the same limit as when it was fetched).
DocumentLoader snapshot_document_loader();

// load_content_file, with its moderation section checked and the programme's schedule export,
// when the file names one, read and merged (`kiosk validate`, `kiosk render`, a content file on the screen's own disk).
LoadResult load_content_file_with_sources(const std::string& path);

// The same for `text`, already read from `path` (the screen checks a local file's signature on
// the very bytes it then loads).
LoadResult load_content_text_with_sources(const std::string& text, const std::string& path);

}  // namespace kiosk
