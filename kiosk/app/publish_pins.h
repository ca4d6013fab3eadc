// What `kiosk publish` uploads: the content file with every file it names pinned by SHA-256
// ("photos/host.jpg#sha256=…"), so that one signature over it covers them all, and the list of
// those files. Pure: the files are read through the function it is given.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.h"

namespace kiosk {

struct PublishedFile {
    std::string path;  // relative to the content file's folder, as the content names it
    std::string bytes;
};

struct PinnedContent {
    std::string text;                  // the content file, pinned
    std::vector<PublishedFile> files;  // each file it names, once, in the order it names them
};

// Reads a file the content names, by its path relative to the content file's folder.
using RelativeReader = std::function<Result<std::string>(const std::string& path)>;

// `text` (the content file called `name`) with its logo, photos, avatars, post images and the
// sources of its programme and posts pinned to the bytes `read` gives. Only relative paths inside
// the content's folder can be published; a URL or a path outside is an error naming its line.
Result<PinnedContent> pin_content_files(std::string_view text, const std::string& name, const RelativeReader& read);

}  // namespace kiosk
