// Reading the config file from disk, and resolving the relative paths written in it.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/content/url_resolve.h"
#include "kiosk/service/config.h"
#include "kiosk/service/config_values.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

// A config file is a page of settings; anything bigger is the wrong file.
constexpr std::uintmax_t kMaxConfigBytes = 64 * 1024;

ConfigResult file_error(const std::string& path, std::string message) {
    ConfigResult result;
    result.diagnostics.push_back(Diagnostic{Severity::Error, SourcePos{path, 0, 0}, std::move(message)});
    result.unreadable = true;
    return result;
}

// A relative path means "next to the config file", whatever the working directory is.
void resolve_path(std::string& value, const fs::path& folder) {
    if (value.empty() || uri_scheme(value)) return;
    const fs::path p(value);
    if (p.is_relative()) value = (folder / p).lexically_normal().string();
}

void resolve_paths(Config& config, const fs::path& folder) {
    resolve_path(config.content_url, folder);
    resolve_path(config.posts_url, folder);
    resolve_path(config.ca_file, folder);
    resolve_path(config.cache_dir, folder);
    resolve_path(config.status_file, folder);
    if (pin_is_file(config.pinned_public_key)) resolve_path(config.pinned_public_key, folder);
}

}  // namespace

ConfigResult load_config_file(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) return file_error(path, "cannot read the config file: " + ec.message());
    if (size > kMaxConfigBytes) {
        return file_error(path, "the config file is " + std::to_string(size) + " bytes; a config file is at most " +
                                    std::to_string(kMaxConfigBytes) + " (is this the right file?)");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return file_error(path, std::string("cannot read the config file: ") + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    ConfigResult result = load_config_text(text.str(), path);
    if (result.config) {
        const fs::path folder = fs::absolute(fs::path(path), ec).parent_path();
        resolve_paths(*result.config, folder);
    }
    return result;
}

}  // namespace kiosk
