// Loading a content file from disk: the one edge of content/ that reads a file and checks that the
// photos it names exist.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/content/content_loader.h"

namespace kiosk {

// Reads `path` (a regular file of at most 4 MiB, checked before reading), resolves relative
// references against the file's folder and warns about local photos that are missing.
LoadResult load_content_file(const std::string& path);

// The two halves of load_content_file, for callers that need the text too: the file's bytes (or
// why there are none, located in the file), then the text loaded as the file at `path`.
Result<std::string> read_content_file(const std::string& path);
LoadResult load_content_file_text(std::string_view text, const std::string& path);
// The load result of a file read_content_file could not give: its error as the one diagnostic,
// and `unreadable` when the file could not be read at all (an error with no line).
LoadResult failed_read(const Error& error);

}  // namespace kiosk
