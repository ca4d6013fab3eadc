// Visits the four kinds of media field in one place, so listing and rewriting can never disagree.
#include "kiosk/cache/asset_refs.h"

#include <set>

namespace kiosk {
namespace {

template <typename ContentT, typename Visit>
void for_each_media_field(ContentT& content, Visit&& visit) {
    visit(content.event.logo);
    for (auto& speaker : content.speakers) visit(speaker.photo);
    for (auto& post : content.posts) {
        visit(post.avatar);
        visit(post.image);
    }
}

}  // namespace

std::vector<std::string> asset_references(const Content& content) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for_each_media_field(content, [&](const std::string& ref) {
        if (!ref.empty() && seen.insert(ref).second) out.push_back(ref);
    });
    return out;
}

void rewrite_asset_references(Content& content, const std::function<std::string(const std::string&)>& map) {
    for_each_media_field(content, [&](std::string& ref) {
        if (!ref.empty()) ref = map(ref);
    });
}

}  // namespace kiosk
