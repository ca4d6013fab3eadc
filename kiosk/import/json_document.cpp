// JSON parsing for the importers. A value costs 80 to 150 bytes once parsed (20 to 40 times its
// text) and destroying a deep tree is recursive, so a SAX pass counts values and nesting first and
// stops at the first one past a limit; only a document within the limits is then built.
// (nlohmann 3.11.2's callback parser would do it in one pass, but it scans the whole parent array at
// every object's end: 280,000 empty objects in one array take hours.)
#include "kiosk/import/json_document.h"

#include <cmath>
#include <cstdint>

#include "kiosk/content/field_reader.h"
#include "kiosk/import/import_limits.h"

namespace kiosk::import {

namespace {

// Counts what the parser reads, builds nothing, and stops at the first limit or syntax error.
class LimitCounter : public nlohmann::json_sax<Json> {
public:
    bool null() override { return count(); }
    bool boolean(bool) override { return count(); }
    bool number_integer(number_integer_t) override { return count(); }
    bool number_unsigned(number_unsigned_t) override { return count(); }
    bool number_float(number_float_t, const string_t&) override { return count(); }
    bool string(string_t&) override { return count(); }
    bool binary(binary_t&) override { return count(); }
    bool key(string_t&) override { return true; }
    bool start_object(std::size_t) override { return open(); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> "parse error at ..."
        const auto bracket = what.find("] ");
        if (bracket != std::string::npos) what.erase(0, bracket + 2);
        error_ = "not valid JSON: " + what;
        return false;
    }

    const std::string& error() const { return error_; }

private:
    bool count() {
        if (++values_ <= limits::kMaxElements) return true;
        error_ = "the JSON has more than " + with_separators(limits::kMaxElements) + " values (the element limit)";
        return false;
    }
    bool open() {
        if (++depth_ > limits::kMaxNesting) {
            error_ = "the JSON nests arrays and objects more than " + std::to_string(limits::kMaxNesting) +
                     " levels deep (the nesting limit)";
            return false;
        }
        return count();
    }
    bool close() {
        --depth_;
        return true;
    }

    std::size_t values_ = 0;
    int depth_ = 0;
    std::string error_;
};

}  // namespace

Result<Json> parse_json(std::string_view bytes) {
    if (bytes.size() > limits::kMaxSourceBytes)
        return unexpected("the file is larger than " + with_separators(limits::kMaxSourceBytes) +
                          " bytes (the source size limit), far more than any schedule or post list");
    LimitCounter counter;
    if (!Json::sax_parse(bytes.begin(), bytes.end(), &counter)) {
        if (!counter.error().empty()) return unexpected(counter.error());
        return unexpected(std::string("not valid JSON"));
    }
    // Within the limits and well-formed: strings cannot take more than the bytes they are written
    // in, so the size limit bounds them too.
    try {
        return Json::parse(bytes.begin(), bytes.end());
    } catch (const Json::exception& e) {
        return unexpected("not valid JSON: " + std::string(e.what()));
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
