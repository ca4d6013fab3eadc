// Loading a content file: the YAML text becomes a checked Content model, or diagnostics saying why not.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/diagnostic.h"
#include "kiosk/base/result.h"
#include "kiosk/content/content_model.h"

namespace kiosk {

struct LoadOptions {
    // The path or URL the text came from; relative photo, avatar, logo and image references
    // resolve against it. Empty means the source name.
    std::string base;
    // Called with each resolved local file path when set; a false answer gives a warning. The
    // parser itself never touches the file system.
    std::function<bool(const std::string& path)> local_file_exists;
};

struct LoadResult {
    std::optional<Content> content;  // set only when there are no errors
    Diagnostics diagnostics;         // errors and warnings, in file order
    bool unreadable = false;         // the file could not be read at all (missing, a folder, no permission)
};

// Parses and checks `text`. Diagnostics name `source_name` as their file. Never throws.
LoadResult load_content_text(std::string_view text, const std::string& source_name, const LoadOptions& options = {});

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
