// yaml-cpp's emitter quotes and escapes whatever a post holds, so text from strangers cannot
// change the document's structure.
#include "kiosk/import/posts_yaml.h"

#include <date/date.h>
#include <yaml-cpp/yaml.h>

namespace kiosk::import {
namespace {

void optional_key(YAML::Emitter& out, const char* key, const std::string& value) {
    if (value.empty()) return;
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
}

}  // namespace

std::string posts_yaml(const std::vector<Post>& posts) {
    YAML::Emitter out;
    out.SetOutputCharset(YAML::EmitNonAscii);
    out << YAML::BeginMap << YAML::Key << "posts" << YAML::Value << YAML::BeginSeq;
    for (const auto& p : posts) {
        out << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << p.id;
        optional_key(out, "author", p.author);
        optional_key(out, "handle", p.handle);
        optional_key(out, "avatar", p.avatar);
        if (p.time) optional_key(out, "time", date::format("%FT%TZ", *p.time));
        optional_key(out, "text", p.text);
        optional_key(out, "link", p.link);
        optional_key(out, "image", p.image);
        optional_key(out, "image_alt", p.image_alt);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

}  // namespace kiosk::import
