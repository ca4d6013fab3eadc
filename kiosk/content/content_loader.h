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

}  // namespace kiosk
