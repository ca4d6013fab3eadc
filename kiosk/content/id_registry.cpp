// Generated ids are made after every written id is known, so they never take a written one.
#include "kiosk/content/id_registry.h"

namespace kiosk {

bool is_valid_id(std::string_view id) {
    if (id.empty()) return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

std::string slug(std::string_view title) {
    std::string out;
    bool pending_dash = false;
    for (const char raw : title) {
        char c = raw;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!keep) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += '-';
        pending_dash = false;
        out += c;
        if (out.size() >= 60) break;
    }
    return out;
}

bool IdRegistry::claim(const TextAt& id, Reporter& reporter) {
    if (!is_valid_id(id.text)) {
        const std::string suggestion = slug(id.text);
        reporter.error(id.mark, "the " + kind_ + " id \"" + id.text +
                                    "\" should use only lower-case letters, digits, '-' and '_'" +
                                    (suggestion.empty() ? std::string() : ", like \"" + suggestion + "\""));
        return false;
    }
    const auto [it, inserted] = lines_.emplace(id.text, id.mark.line + 1);
    if (!inserted) {
        reporter.error(id.mark, "duplicate " + kind_ + " id '" + id.text + "': it is already used on line " +
                                    std::to_string(it->second) + "; each " + kind_ + " needs its own id");
        return false;
    }
    return true;
}

std::vector<std::string_view> IdRegistry::ids() const {
    std::vector<std::string_view> out;
    out.reserve(lines_.size());
    for (const auto& [id, line] : lines_) out.push_back(id);
    return out;
}

std::string IdRegistry::generate(std::string_view stem) {
    const std::string base = stem.empty() ? kind_ : std::string(stem);
    std::string id = base;
    for (int n = 2; contains(id); ++n) id = base + "-" + std::to_string(n);
    lines_.emplace(id, 0);
    return id;
}

}  // namespace kiosk
