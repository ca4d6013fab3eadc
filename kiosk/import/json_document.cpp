// JSON parsing for the importers. nlohmann's parser is not recursive, but destroying a deep tree is,
// so nesting is checked on the bytes before anything is built.
#include "kiosk/import/json_document.h"

#include <cmath>
#include <cstdint>

#include "kiosk/import/import_limits.h"

namespace kiosk::import {

int json_nesting(std::string_view bytes, int limit) {
    int depth = 0;
    int deepest = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > deepest) deepest = depth;
            if (deepest > limit) return deepest;
        } else if (c == ']' || c == '}') --depth;
    }
    return deepest;
}

Result<Json, std::string> parse_json(std::string_view bytes) {
    if (bytes.size() > limits::kMaxSourceBytes)
        return unexpected(std::string("the file is larger than 16 MiB, far more than any schedule or post list"));
    if (json_nesting(bytes, limits::kMaxNesting) > limits::kMaxNesting)
        return unexpected(std::string("the JSON nests arrays and objects more than 64 levels deep"));
    try {
        return Json::parse(bytes.begin(), bytes.end());
    } catch (const Json::exception& e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> "parse error at ..."
        const auto bracket = what.find("] ");
        if (bracket != std::string::npos) what.erase(0, bracket + 2);
        return unexpected("not valid JSON: " + what);
    }
}

const Json* member(const Json& j, std::string_view key) {
    if (!j.is_object()) return nullptr;
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

std::string text_of(const Json* j) {
    if (j == nullptr) return {};
    if (j->is_string()) return j->get<std::string>();
    if (j->is_number_unsigned()) return std::to_string(j->get<std::uint64_t>());
    if (j->is_number_integer()) return std::to_string(j->get<std::int64_t>());
    if (j->is_number_float()) {
        const double d = j->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return std::to_string(static_cast<std::int64_t>(d));
        return j->dump();
    }
    return {};
}

std::string text_at(const Json& j, std::string_view key) { return text_of(member(j, key)); }

std::string localised_text(const Json* j) {
    if (j == nullptr || !j->is_object()) return text_of(j);
    if (const std::string en = text_at(*j, "en"); !en.empty()) return en;
    for (const auto& item : j->items())
        if (const std::string t = text_of(&item.value()); !t.empty()) return t;
    return {};
}

const Json& array_at(const Json& j, std::string_view key) {
    static const Json empty = Json::array();
    const Json* m = member(j, key);
    return (m != nullptr && m->is_array()) ? *m : empty;
}

bool flag_at(const Json& j, std::string_view key) {
    const Json* m = member(j, key);
    if (m == nullptr) return false;
    if (m->is_boolean()) return m->get<bool>();
    return m->is_string() && m->get<std::string>() == "true";
}

std::string type_name(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        case Json::value_t::string: return "a string";
        case Json::value_t::boolean: return "true or false";
        case Json::value_t::binary: return "binary data";
        case Json::value_t::discarded: return "nothing";
        default: return "a number";
    }
}

}  // namespace kiosk::import
