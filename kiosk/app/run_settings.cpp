// The config file with the command line's overrides, at start-up and on reload.
#include "kiosk/app/run_settings.h"

#include <cstdlib>

#include "kiosk/app/data_paths.h"
#include "kiosk/base/log.h"
#include "kiosk/service/config_changes.h"

namespace kiosk {
namespace {

std::string joined(const std::vector<std::string_view>& keys) {
    std::string text;
    for (const auto key : keys) text += (text.empty() ? "" : ", ") + std::string(key);
    return text;
}

}  // namespace

std::string run_config_path(const RunOptions& o) {
    if (!o.config.empty()) return o.config;
    const char* env = std::getenv("KIOSK_CONFIG");
    return env != nullptr ? env : "";
}

RunConfig read_run_config(const RunOptions& o) {
    RunConfig result;
    result.path = run_config_path(o);
    if (result.path.empty()) {
        result.config = Config{};
    } else {
        ConfigResult loaded = load_config_file(result.path);
        result.config = std::move(loaded.config);
        result.diagnostics = std::move(loaded.diagnostics);
    }
    if (!result.config) return result;
    Config& c = *result.config;
    if (!o.content.empty()) c.content_url = o.content;
    if (c.content_url.empty()) c.content_url = sample_content_path();
    if (!o.cache.empty()) c.cache_dir = o.cache;
    return result;
}

ConfigReloader::ConfigReloader(RunOptions options, Config running, Settings settings)
    : options_(std::move(options)), running_(std::move(running)), settings_(std::move(settings)) {}

std::optional<ShowSettings> ConfigReloader::operator()() {
    RunConfig read = read_run_config(options_);
    for (const auto& d : read.diagnostics) {
        log::write(d.severity == Severity::Error ? log::Level::Error : log::Level::Warning, format_diagnostic(d));
    }
    if (!read.config) {
        log::error("reload: " + read.path + " has errors (" + summarise(read.diagnostics) +
                   "); keeping the running settings");
        return std::nullopt;
    }
    const auto changed = changed_keys(running_, *read.config);
    log::info("reload: read " + read.path + (changed.empty() ? "; no setting changed" : "; changed: " + joined(changed)));
    for (const auto key : changed) {
        if (needs_restart(key)) log::warning("reload: " + std::string(key) + " takes effect at the next restart");
    }
    // What only a restart applies keeps its running value, so every later reload still says it waits.
    Config next = *read.config;
    next.resolution = running_.resolution;
    next.renderer = running_.renderer;
    running_ = std::move(next);
    return settings_(*read.config);
}

}  // namespace kiosk
