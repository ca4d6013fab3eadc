// JSON parsing for the importers. nlohmann's parser is not recursive, but destroying a deep tree is,
// and a value costs 80 to 150 bytes once parsed (20 to 40 times its text), so values and nesting
// are counted by the parser's callback as they arrive and the parse stops at the first one past.
#include "kiosk/import/json_document.h"

#include <cmath>
#include <cstdint>

#include "kiosk/content/field_reader.h"
#include "kiosk/import/import_limits.h"

namespace kiosk::import {

namespace {

// Thrown from the parser's callback to stop it at a limit, before the value is kept.
struct LimitPassed {
    std::string message;
};

// Counts values and nesting as nlohmann reports them, so the tree never grows past the limits.
class LimitCallback {
public:
    bool operator()(int depth, Json::parse_event_t event, const Json&) {
        using Event = Json::parse_event_t;
        if (event == Event::object_start || event == Event::array_start) {
            if (depth >= limits::kMaxNesting)
                throw LimitPassed{"the JSON nests arrays and objects more than " + std::to_string(limits::kMaxNesting) +
                                  " levels deep (the nesting limit)"};
            count();
        } else if (event == Event::value) {
            count();
        }
        return true;
    }

private:
    void count() {
        // A container is counted at its start and again as its parent's value: bound both.
        if (++events_ > 2 * limits::kMaxElements)
            throw LimitPassed{"the JSON has more than " + with_separators(limits::kMaxElements) +
                              " values (the element limit)"};
    }
    std::size_t events_ = 0;
};

}  // namespace

Result<Json, std::string> parse_json(std::string_view bytes) {
    if (bytes.size() > limits::kMaxSourceBytes)
        return unexpected("the file is larger than " + with_separators(limits::kMaxSourceBytes) +
                          " bytes (the source size limit), far more than any schedule or post list");
    try {
        // Strings cannot take more than the bytes they are written in, so the size limit bounds them.
        return Json::parse(bytes.begin(), bytes.end(), LimitCallback());
    } catch (const LimitPassed& e) {
        return unexpected(e.message);
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
