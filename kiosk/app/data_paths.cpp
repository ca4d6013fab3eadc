// Locating data files: environment override first, then the install prefix, then the source tree.
#include "kiosk/app/data_paths.h"

#include <cstdlib>
#include <filesystem>

namespace kiosk {

std::string data_dir() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("KIOSK_DATA_DIR"); env && *env) return env;
    std::error_code ec;
    for (const char* candidate : {KIOSK_INSTALL_DATA_DIR, KIOSK_SOURCE_DATA_DIR}) {
        if (fs::is_directory(fs::path(candidate) / "assets" / "fonts", ec)) return candidate;
    }
    return KIOSK_SOURCE_DATA_DIR;
}

std::string assets_dir() { return data_dir() + "/assets"; }
std::string sample_content_path() { return data_dir() + "/content/event.yaml"; }

}  // namespace kiosk
