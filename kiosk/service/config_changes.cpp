// Comparing two configs key by key.
#include "kiosk/service/config_changes.h"

#include <utility>

namespace kiosk {

std::vector<std::string_view> changed_keys(const Config& a, const Config& b) {
    const std::pair<std::string_view, bool> keys[] = {
        {"content_url", a.content_url != b.content_url},
        {"posts_url", a.posts_url != b.posts_url},
        {"poll_interval", a.poll_interval != b.poll_interval},
        {"posts_poll_interval", a.posts_poll_interval != b.posts_poll_interval},
        {"screen_name", a.screen_name != b.screen_name},
        {"room", a.room != b.room},
        {"rotation", a.rotation != b.rotation},
        {"resolution", a.resolution != b.resolution},
        {"renderer", a.renderer != b.renderer},
        {"on_hours", a.on_hours != b.on_hours},
        {"cache_dir", a.cache_dir != b.cache_dir},
        {"cache_max_mib", a.cache_max_mib != b.cache_max_mib},
        {"log_level", a.log_level != b.log_level},
        {"ca_file", a.ca_file != b.ca_file},
        {"pinned_public_key", a.pinned_public_key != b.pinned_public_key},
        {"trusted_keys", a.trusted_keys != b.trusted_keys},
        {"keyboard_quit", a.keyboard_quit != b.keyboard_quit},
        {"screenshot_interval", a.screenshot_interval != b.screenshot_interval},
        {"status_file", a.status_file != b.status_file},
    };
    std::vector<std::string_view> changed;
    for (const auto& [key, differs] : keys) {
        if (differs) changed.push_back(key);
    }
    return changed;
}

bool needs_restart(std::string_view key) { return key == "resolution" || key == "renderer"; }

}  // namespace kiosk
