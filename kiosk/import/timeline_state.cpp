// The state is JSON, like the statuses it holds, written by nlohmann so it reads back exactly.
#include "kiosk/import/timeline_state.h"

#include <cctype>
#include <cstdio>
#include <set>

#include "kiosk/content/local_time.h"
#include "kiosk/import/json_document.h"

namespace kiosk::import {
namespace {

Result<Json> statuses_array(std::string_view text, const char* what) {
    auto parsed = parse_json(text);
    if (!parsed) return unexpected(std::string(what) + ": " + parsed.error().message);
    if (!parsed->is_array()) return unexpected(std::string(what) + ": expected a JSON array of statuses, found " +
                                               type_name(*parsed));
    return parsed;
}

}  // namespace

std::string timeline_state_to_json(const TimelineState& state) {
    Json j = Json::object();
    j["source"] = state.source;
    j["min_id"] = state.min_id;
    if (state.not_before) j["not_before"] = format_utc(*state.not_before);
    auto statuses = parse_json(state.statuses);
    j["statuses"] = statuses && statuses->is_array() ? *statuses : Json::array();
    return j.dump(1) + "\n";
}

Result<TimelineState> parse_timeline_state(std::string_view text) {
    auto parsed = parse_json(text);
    if (!parsed) return unexpected(parsed.error());
    if (!parsed->is_object()) return unexpected("expected a JSON object, found " + type_name(*parsed));
    TimelineState state;
    state.source = text_at(*parsed, "source");
    state.min_id = text_at(*parsed, "min_id");
    if (const std::string when = text_at(*parsed, "not_before"); !when.empty()) {
        state.not_before = parse_utc(when);
        if (!state.not_before) return unexpected("'not_before' is \"" + when + "\", not a UTC time");
    }
    const Json* statuses = member(*parsed, "statuses");
    if (statuses && !statuses->is_array()) return unexpected("'statuses' is " + type_name(*statuses) + ", not an array");
    if (statuses) state.statuses = statuses->dump();
    return state;
}

Result<MergedTimeline> merge_timeline(std::string_view kept, std::string_view fresh, std::size_t max) {
    auto old_statuses = statuses_array(kept, "the statuses kept");
    if (!old_statuses) return unexpected(old_statuses.error());
    auto new_statuses = statuses_array(fresh, "the new page");
    if (!new_statuses) return unexpected(new_statuses.error());
    Json merged = Json::array();
    std::set<std::string> ids;
    MergedTimeline out;
    std::set<std::string> kept_ids;
    for (const auto& s : *old_statuses) kept_ids.insert(text_at(s, "id"));
    const auto take = [&](const Json& status, bool is_new) {
        const std::string id = text_at(status, "id");
        if (id.empty() || !ids.insert(id).second || merged.size() >= max) return;
        merged.push_back(status);
        if (is_new && !kept_ids.count(id)) ++out.added;
    };
    for (const auto& s : *new_statuses) take(s, true);
    for (const auto& s : *old_statuses) take(s, false);
    out.newest_id = merged.empty() ? std::string() : text_at(merged.front(), "id");
    out.statuses = merged.dump();
    return out;
}

std::string with_min_id(const std::string& url, const std::string& min_id) {
    if (min_id.empty()) return url;
    std::string encoded;
    for (const char c : min_id) {
        const bool plain = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            encoded += c;
            continue;
        }
        char hex[4];
        std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
        encoded += hex;
    }
    const auto hash = url.find('#');
    const std::string base = url.substr(0, hash);
    const std::string fragment = hash == std::string::npos ? std::string() : url.substr(hash);
    return base + (base.find('?') == std::string::npos ? "?" : "&") + "min_id=" + encoded + fragment;
}

}  // namespace kiosk::import
