// The organiser's content file with parts taken from elsewhere: the programme from a schedule export
// (pretalx, frab), the posts from a timeline or a feed.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "kiosk/base/diagnostic.h"
#include "kiosk/base/result.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/content/content_model.h"
#include "kiosk/import/moderation.h"

namespace kiosk::import {

// Reads the bytes of a source the content file names (a URL or a local path), or says why not.
using SourceReader = std::function<Result<std::string>(const std::string& url)>;

// Fills `content.programme` from the export's bytes: its sessions, and the speakers they name
// that the organiser's file does not define (a speaker the file defines keeps its fields, and
// takes only a missing photo or bio from the export). Appends the importer's findings, which
// name the export as their file, to `out`. Does nothing when the content names no source.
void merge_programme(Content& content, std::string_view bytes, Diagnostics& out);

// Fills `content.posts` from a Mastodon timeline or a feed (JSON Feed, RSS, Atom), moderated by
// `rules` (the file's moderation section). Does nothing when the content names no posts source.
void merge_posts(Content& content, std::string_view bytes, const ModerationRules& rules, Diagnostics& out);

// For each source the loaded content names (programme, posts): `read` it and merge it. `text` is
// the content file's, for its moderation rules. A source that cannot be read or imported is an
// error and the content is dropped, so a screen keeps what it showed before rather than an empty
// programme.
void fill_sources(LoadResult& result, std::string_view text, const SourceReader& read);

// The file's `moderation:` section, which `kiosk feed` applies, checked so that a typo in it is an
// error here too (the content is then dropped); nothing when the file has no such section.
void check_moderation(LoadResult& result, std::string_view text, const std::string& source_name);

// load_content_text, check_moderation, then fill_sources.
LoadResult load_event_text(std::string_view text, const std::string& source_name, const LoadOptions& options,
                           const SourceReader& read);

}  // namespace kiosk::import
