// The config file parser: YAML text to a checked Config, with file:line:column diagnostics.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "kiosk/content/line_index.h"
#include "kiosk/content/near_miss.h"
#include "kiosk/content/utf8_check.h"
#include "kiosk/content/yaml_text.h"
#include "kiosk/service/config.h"
#include "kiosk/service/config_values.h"
#include "kiosk/content/reporter.h"
#include "kiosk/service/on_hours_yaml.h"
#include "kiosk/trust/minisign.h"

namespace kiosk {
namespace {

using std::chrono::seconds;

// "message; did you mean 'x'?" when a candidate is close to `word`, else just the message.
std::string with_suggestion(std::string message, std::string_view word, const std::vector<std::string_view>& candidates) {
    return message + did_you_mean(word, candidates);
}

class ConfigParser {
public:
    // The byte order mark is dropped first, so that offsets and yaml-cpp marks agree.
    ConfigParser(std::string_view text, const std::string& name)
        : text_(strip_utf8_bom(text)), lines_(text_), report_(name, lines_) {}

    ConfigResult run();

    using Handler = void (ConfigParser::*)(const YAML::Node&);
    struct Key {
        std::string_view name;
        Handler handler;
    };
    static const std::vector<Key>& keys();

private:
    void error(const YAML::Node& node, std::string message) { report_.error(node.Mark(), std::move(message)); }
    void read_tree(const YAML::Node& root);
    void parse_root(const YAML::Node& root);
    std::optional<std::string> text_of(const YAML::Node& value, std::string_view key);
    std::optional<seconds> duration_of(const YAML::Node& value, std::string_view key, seconds unit, seconds lo,
                                       seconds hi);
    void path_into(const YAML::Node& value, std::string_view key, std::string& out);

    void content_url(const YAML::Node& v);
    void posts_url(const YAML::Node& v);
    void poll_interval(const YAML::Node& v);
    void posts_poll_interval(const YAML::Node& v);
    void screen_name(const YAML::Node& v);
    void room(const YAML::Node& v);
    void rotation(const YAML::Node& v);
    void resolution(const YAML::Node& v);
    void renderer(const YAML::Node& v);
    void on_hours(const YAML::Node& v);
    void cache_dir(const YAML::Node& v) { path_into(v, "cache_dir", config_.cache_dir); }
    void cache_max_mib(const YAML::Node& v);
    void log_level(const YAML::Node& v);
    void ca_file(const YAML::Node& v) { path_into(v, "ca_file", config_.ca_file); }
    void pinned_public_key(const YAML::Node& v);
    void trusted_keys(const YAML::Node& v);
    void keyboard_quit(const YAML::Node& v);
    void screenshot_interval(const YAML::Node& v);
    void status_file(const YAML::Node& v) { path_into(v, "status_file", config_.status_file); }

    std::string_view text_;
    LineIndex lines_;
    Reporter report_;
    Config config_;
    bool has_content_url_ = false;
};

const std::vector<ConfigParser::Key>& ConfigParser::keys() {
    static const std::vector<Key> kKeys = {
        {"content_url", &ConfigParser::content_url},
        {"posts_url", &ConfigParser::posts_url},
        {"poll_interval", &ConfigParser::poll_interval},
        {"posts_poll_interval", &ConfigParser::posts_poll_interval},
        {"screen_name", &ConfigParser::screen_name},
        {"room", &ConfigParser::room},
        {"rotation", &ConfigParser::rotation},
        {"resolution", &ConfigParser::resolution},
        {"renderer", &ConfigParser::renderer},
        {"on_hours", &ConfigParser::on_hours},
        {"cache_dir", &ConfigParser::cache_dir},
        {"cache_max_mib", &ConfigParser::cache_max_mib},
        {"log_level", &ConfigParser::log_level},
        {"ca_file", &ConfigParser::ca_file},
        {"pinned_public_key", &ConfigParser::pinned_public_key},
        {"trusted_keys", &ConfigParser::trusted_keys},
        {"keyboard_quit", &ConfigParser::keyboard_quit},
        {"screenshot_interval", &ConfigParser::screenshot_interval},
        {"status_file", &ConfigParser::status_file},
    };
    return kKeys;
}

// yaml-cpp's words, with a hint for the mistake people make most: an unquoted text with ": " in it.
std::string yaml_error_message(const std::string& what) {
    std::string message = "invalid YAML: " + what;
    if (what == "illegal map value") message += " (put quotes around a text that contains \": \")";
    return message;
}

// Limits far above any real config file (some twenty keys, a few hundred bytes of text), so a wrong
// file (a video, a log) is refused quickly; texts are bounded by the file size limit (64 KiB).
constexpr YamlLimits kConfigLimits{8, 2'000, 64 * 1024};

ConfigResult ConfigParser::run() {
    if (auto problem = check_utf8_text(text_)) {
        report_.add(Severity::Error, report_.at_offset(problem->offset), problem->message);
    } else {
        auto parsed = parse_yaml_text(text_, kConfigLimits);
        if (parsed) {
            read_tree(*parsed);
        } else if (const YamlTextError& e = parsed.error(); e.mark.is_null()) {
            report_.add(Severity::Error, report_.whole_file(), yaml_error_message(e.error.message));
        } else {
            report_.error(e.mark, e.past_limit ? e.error.message : yaml_error_message(e.error.message));
        }
    }
    ConfigResult result;
    result.diagnostics = report_.finish();
    if (!has_errors(result.diagnostics)) result.config = std::move(config_);
    return result;
}

// The readers check each node's kind before they use it; this only keeps a surprise from
// yaml-cpp's tree from leaving the module as an exception.
void ConfigParser::read_tree(const YAML::Node& root) {
    try {
        parse_root(root);
    } catch (const YAML::Exception& e) {
        report_.error(e.mark, "the file could not be read: " + e.msg);
    }
}

void ConfigParser::parse_root(const YAML::Node& root) {
    if (root.IsNull()) {
        report_.add(Severity::Error, report_.whole_file(),
                    "content_url is required: the URL or path of the event's content file");
        return;
    }
    if (!root.IsMap()) {
        error(root, "a config file is a list of 'key: value' settings, such as 'content_url: ...'");
        return;
    }
    const auto& names = config_keys();
    std::set<std::string> seen;
    for (const auto& entry : root) {
        const std::string key = entry.first.Scalar();
        if (!seen.insert(key).second) {
            error(entry.first, "'" + key + "' is set twice; the second value would hide the first");
            continue;
        }
        const auto it = std::find_if(keys().begin(), keys().end(), [&](const Key& k) { return k.name == key; });
        if (it == keys().end()) {
            report_.warning(entry.first.Mark(), with_suggestion("unknown key '" + key + "' is ignored", key, names));
            continue;
        }
        // An empty value ("room:") leaves the default, so the documented file can list every key.
        if (entry.second.IsNull()) continue;
        (this->*(it->handler))(entry.second);
    }
    if (!has_content_url_) {
        error(root, "content_url is required: the URL or path of the event's content file");
    }
}

std::optional<std::string> ConfigParser::text_of(const YAML::Node& value, std::string_view key) {
    if (value.IsScalar()) return value.Scalar();
    error(value, std::string(key) + " must be a single value, not a " +
                             (value.IsMap() ? "mapping" : "list"));
    return std::nullopt;
}

std::optional<seconds> ConfigParser::duration_of(const YAML::Node& value, std::string_view key, seconds unit,
                                                 seconds lo, seconds hi) {
    const auto text = text_of(value, key);
    if (!text) return std::nullopt;
    const auto parsed = parse_duration(*text, unit);
    if (!parsed) {
        error(value, std::string(key) + ": " + parsed.error().message);
        return std::nullopt;
    }
    if (*parsed < lo || *parsed > hi) {
        error(value, std::string(key) + " must be between " + describe_seconds(lo) + " and " +
                                 describe_seconds(hi) + ", not " + describe_seconds(*parsed));
        return std::nullopt;
    }
    return *parsed;
}

void ConfigParser::path_into(const YAML::Node& value, std::string_view key, std::string& out) {
    const auto text = text_of(value, key);
    if (!text) return;
    if (text->empty()) {
        error(value, std::string(key) + " must not be empty; leave the key out for the default");
        return;
    }
    out = *text;
}

void ConfigParser::content_url(const YAML::Node& v) {
    has_content_url_ = true;
    const auto text = text_of(v, "content_url");
    if (!text) return;
    if (auto usable = check_source(*text); !usable) return error(v, "content_url: " + usable.error().message);
    config_.content_url = *text;
}

void ConfigParser::posts_url(const YAML::Node& v) {
    const auto text = text_of(v, "posts_url");
    if (!text) return;
    if (auto usable = check_source(*text); !usable) return error(v, "posts_url: " + usable.error().message);
    config_.posts_url = *text;
}

void ConfigParser::poll_interval(const YAML::Node& v) {
    if (auto d = duration_of(v, "poll_interval", seconds(1), seconds(5), seconds(86400))) config_.poll_interval = *d;
}

void ConfigParser::posts_poll_interval(const YAML::Node& v) {
    if (auto d = duration_of(v, "posts_poll_interval", seconds(1), seconds(5), seconds(86400))) {
        config_.posts_poll_interval = *d;
    }
}

void ConfigParser::screen_name(const YAML::Node& v) {
    const auto text = text_of(v, "screen_name");
    if (!text) return;
    if (text->size() > 100) return error(v, "screen_name is longer than 100 characters");
    config_.screen_name = *text;
}

void ConfigParser::room(const YAML::Node& v) {
    const auto text = text_of(v, "room");
    if (!text) return;
    if (text->empty()) return error(v, "room must name a room; leave the key out to show every room");
    config_.room = *text;
}

void ConfigParser::rotation(const YAML::Node& v) {
    const auto text = text_of(v, "rotation");
    if (!text) return;
    for (int degrees : {0, 90, 180, 270}) {
        if (*text == std::to_string(degrees)) {
            config_.rotation = degrees;
            return;
        }
    }
    error(v, "rotation must be 0, 90, 180 or 270 (degrees clockwise), not '" + *text + "'");
}

void ConfigParser::cache_max_mib(const YAML::Node& v) {
    const auto text = text_of(v, "cache_max_mib");
    if (!text) return;
    int mib = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), mib);
    if (ec == std::errc() && end == text->data() + text->size() && mib >= 8 && mib <= 65536) {
        config_.cache_max_mib = mib;
        return;
    }
    error(v, "cache_max_mib must be a whole number of MiB from 8 to 65536, not '" + *text + "'");
}

void ConfigParser::resolution(const YAML::Node& v) {
    const auto text = text_of(v, "resolution");
    if (!text) return;
    const auto parsed = parse_resolution(*text);
    if (!parsed) return error(v, "resolution: " + parsed.error().message);
    config_.resolution = *parsed;
}

void ConfigParser::on_hours(const YAML::Node& v) {
    if (auto hours = read_on_hours(v, report_)) config_.on_hours = std::move(*hours);
}

void ConfigParser::renderer(const YAML::Node& v) {
    const auto text = text_of(v, "renderer");
    if (!text) return;
    if (*text == "auto") config_.renderer = RendererSetting::Auto;
    else if (*text == "software") config_.renderer = RendererSetting::Software;
    else if (*text == "gpu") config_.renderer = RendererSetting::Gpu;
    else error(v, with_suggestion("renderer must be auto, software or gpu, not '" + *text + "'", *text,
                                  {"auto", "software", "gpu"}));
}

void ConfigParser::log_level(const YAML::Node& v) {
    const auto text = text_of(v, "log_level");
    if (!text) return;
    if (auto level = log::parse_level(*text)) {
        config_.log_level = level;
        return;
    }
    error(v, with_suggestion("log_level must be error, warning, info or debug, not '" + *text + "'", *text,
                             {"error", "warning", "info", "debug"}));
}

void ConfigParser::pinned_public_key(const YAML::Node& v) {
    const auto text = text_of(v, "pinned_public_key");
    if (!text) return;
    if (auto usable = check_pinned_public_key(*text); !usable) {
        return error(v, "pinned_public_key: " + usable.error().message);
    }
    config_.pinned_public_key = *text;
}

// One key or a list of them (several while keys are rotated), each as minisign prints it.
void ConfigParser::trusted_keys(const YAML::Node& v) {
    std::vector<YAML::Node> items;
    if (v.IsSequence()) {
        for (const auto& item : v) items.push_back(item);
        if (items.empty()) return error(v, "trusted_keys: an empty list would trust nothing; leave the key out instead");
    } else {
        items.push_back(v);
    }
    for (const auto& item : items) {
        const auto text = text_of(item, "trusted_keys");
        if (!text) continue;
        if (auto key = trust::parse_public_key(*text); !key) {
            error(item, "trusted_keys: " + key.error().message);
            continue;
        }
        config_.trusted_keys.push_back(*text);
    }
}

void ConfigParser::keyboard_quit(const YAML::Node& v) {
    const auto text = text_of(v, "keyboard_quit");
    if (!text) return;
    if (auto flag = parse_flag(*text)) {
        config_.keyboard_quit = *flag;
        return;
    }
    error(v, "keyboard_quit must be true or false, not '" + *text + "'");
}

void ConfigParser::screenshot_interval(const YAML::Node& v) {
    const auto d = duration_of(v, "screenshot_interval", seconds(60), seconds(0), seconds(24 * 3600));
    if (!d) return;
    if (d->count() % 60 != 0) return error(v, "screenshot_interval counts whole minutes");
    config_.screenshot_interval = std::chrono::duration_cast<std::chrono::minutes>(*d);
}

}  // namespace

ConfigResult load_config_text(std::string_view text, const std::string& name) {
    return ConfigParser(text, name).run();
}

const std::vector<std::string_view>& config_keys() {
    static const std::vector<std::string_view> kNames = [] {
        std::vector<std::string_view> names;
        for (const auto& key : ConfigParser::keys()) names.push_back(key.name);
        return names;
    }();
    return kNames;
}

}  // namespace kiosk
