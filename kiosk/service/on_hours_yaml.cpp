// The on_hours reader: checks every window and day name, and says which key was meant.
#include "kiosk/service/on_hours_yaml.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <vector>

#include "kiosk/content/near_miss.h"
#include "kiosk/service/config_values.h"

namespace kiosk {
namespace {

// How strongly a key binds its days: a named day beats a group, which beats "daily".
enum class Rank { None, Daily, Group, Day };

struct DayKey {
    std::string_view name;
    std::vector<unsigned> days;  // weekday numbers, 0 = Sunday
    Rank rank;
};

const std::vector<DayKey>& day_keys() {
    static const std::vector<DayKey> kKeys = {
        {"daily", {0, 1, 2, 3, 4, 5, 6}, Rank::Daily},
        {"weekdays", {1, 2, 3, 4, 5}, Rank::Group},
        {"weekend", {0, 6}, Rank::Group},
        {"mon", {1}, Rank::Day}, {"tue", {2}, Rank::Day}, {"wed", {3}, Rank::Day},
        {"thu", {4}, Rank::Day}, {"fri", {5}, Rank::Day}, {"sat", {6}, Rank::Day},
        {"sun", {0}, Rank::Day},
        {"monday", {1}, Rank::Day}, {"tuesday", {2}, Rank::Day}, {"wednesday", {3}, Rank::Day},
        {"thursday", {4}, Rank::Day}, {"friday", {5}, Rank::Day}, {"saturday", {6}, Rank::Day},
        {"sunday", {0}, Rank::Day},
    };
    return kKeys;
}

std::vector<std::string_view> known_keys() {
    std::vector<std::string_view> names{"dimmed_clock"};
    for (const auto& k : day_keys()) names.push_back(k.name);
    return names;
}

class OnHoursReader {
public:
    explicit OnHoursReader(Reporter& reporter) : reporter_(reporter) {}

    std::optional<OnHours> read(const YAML::Node& node);

private:
    void error(const YAML::Node& node, std::string message) {
        reporter_.error(node.Mark(), std::move(message));
        ok_ = false;
    }
    std::optional<TimeWindow> window(const YAML::Node& node);
    // A day's value: one window, a list of windows, or "off". Nothing when it is wrong.
    std::optional<std::vector<TimeWindow>> windows(const YAML::Node& node);
    void read_map(const YAML::Node& node);
    void assign(const DayKey& key, const std::vector<TimeWindow>& windows);

    Reporter& reporter_;
    OnHours hours_;
    std::array<Rank, 7> rank_{};
    bool ok_ = true;
};

std::optional<TimeWindow> OnHoursReader::window(const YAML::Node& node) {
    if (!node.IsScalar()) {
        error(node, "expected a time window like \"07:30-22:00\"");
        return std::nullopt;
    }
    std::string why;
    auto parsed = parse_time_window(node.Scalar(), why);
    if (!parsed) error(node, "on_hours: " + why);
    return parsed;
}

std::optional<std::vector<TimeWindow>> OnHoursReader::windows(const YAML::Node& node) {
    std::vector<TimeWindow> out;
    if (node.IsScalar() && (node.Scalar() == "off" || parse_flag(node.Scalar()) == false)) return out;
    if (node.IsSequence()) {
        if (node.size() == 0 || node.size() > 24) {
            error(node, "on_hours: expected between 1 and 24 time windows, or off");
            return std::nullopt;
        }
        for (const auto& item : node) {
            if (auto w = window(item)) out.push_back(*w);
        }
        if (out.size() != node.size()) return std::nullopt;
        return out;
    }
    auto w = window(node);
    if (!w) return std::nullopt;
    out.push_back(*w);
    return out;
}

void OnHoursReader::assign(const DayKey& key, const std::vector<TimeWindow>& list) {
    for (unsigned day : key.days) {
        if (key.rank < rank_[day]) continue;
        rank_[day] = key.rank;
        hours_.days[day] = list;
    }
}

void OnHoursReader::read_map(const YAML::Node& node) {
    const auto names = known_keys();
    std::set<std::string> seen;
    for (const auto& entry : node) {
        const std::string key = entry.first.Scalar();
        const auto it = std::find_if(day_keys().begin(), day_keys().end(), [&](const DayKey& k) { return k.name == key; });
        if (key == "dimmed_clock") {
            const auto flag = entry.second.IsScalar() ? parse_flag(entry.second.Scalar()) : std::nullopt;
            if (!flag) error(entry.second, "on_hours.dimmed_clock must be true or false");
            hours_.dimmed_clock = flag.value_or(false);
        } else if (it == day_keys().end()) {
            const std::string suggestion = did_you_mean(key, names);
            error(entry.first, "on_hours has no key '" + key + "'" +
                                   (suggestion.empty() ? "; it takes daily, weekdays, weekend, mon..sun, dimmed_clock"
                                                       : suggestion));
        } else if (!seen.insert(it->rank == Rank::Day ? key.substr(0, 3) : key).second) {
            error(entry.first, "on_hours gives the hours of '" + key + "' twice");
        } else if (auto list = windows(entry.second)) {
            hours_.always = false;
            assign(*it, *list);
        }
    }
    if (ok_ && hours_.always) {
        reporter_.warning(node.Mark(), "on_hours gives no days, so the screen is always on");
    }
}

std::optional<OnHours> OnHoursReader::read(const YAML::Node& node) {
    if (node.IsScalar() && node.Scalar() == "always") return hours_;
    if (node.IsMap()) {
        read_map(node);
    } else if (auto list = windows(node)) {
        hours_.always = false;
        assign(day_keys().front(), *list);
    }
    if (!ok_) return std::nullopt;
    return hours_;
}

}  // namespace

std::optional<OnHours> read_on_hours(const YAML::Node& node, Reporter& reporter) {
    return OnHoursReader(reporter).read(node);
}

}  // namespace kiosk
