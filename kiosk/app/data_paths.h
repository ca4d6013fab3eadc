// Where the kiosk finds its fonts and bundled sample content, installed or in the build tree.
#pragma once

#include <string>

namespace kiosk {

// The folder that holds assets/ and content/: $KIOSK_DATA_DIR, else the installed share
// folder, else the source tree the binary was built from.
std::string data_dir();
std::string assets_dir();
std::string sample_content_path();

}  // namespace kiosk
