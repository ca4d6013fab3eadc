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
// the result that says why there are none), then the text loaded as the file at `path`.
Result<std::string, LoadResult> read_content_file(const std::string& path);
LoadResult load_content_file_text(std::string_view text, const std::string& path);

}  // namespace kiosk
