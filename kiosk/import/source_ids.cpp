// Source ids become model ids without losing what tells them apart.
#include "kiosk/import/source_ids.h"

namespace kiosk::import {
namespace {

bool plain(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

char hex_digit(unsigned v) { return static_cast<char>(v < 10 ? '0' + v : 'a' + v - 10); }

}  // namespace

std::string readable_id(std::string_view prefix, std::string_view source_id) {
    std::string out(prefix);
    bool dash = !out.empty() && out.back() == '-';
    for (const char c : source_id) {
        char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (plain(l) && l != '-') {
            out += l;
            dash = false;
        } else if (!dash) {
            out += '-';
            dash = true;
        }
        if (out.size() > 64) break;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string exact_id(std::string_view prefix, std::string_view source_id) {
    std::string out(prefix);
    for (const char c : source_id) {
        const auto u = static_cast<unsigned char>(c);
        if (plain(c)) out += c;
        else if (c >= 'A' && c <= 'Z') { out += '_'; out += static_cast<char>(c - 'A' + 'a'); }
        else { out += "__"; out += hex_digit(u >> 4); out += hex_digit(u & 0xF); }
    }
    return out;
}

std::string UniqueIds::claim(const std::string& wanted) {
    std::string id = wanted;
    for (int n = 2; taken_.count(id) > 0; ++n) id = wanted + "-" + std::to_string(n);
    taken_.insert(id);
    return id;
}

}  // namespace kiosk::import
