// The media a content model names (logo, photos, avatars, post images), listed and rewritten.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk {

// Every non-empty media reference in `content`, each once, in the order the file gives them.
std::vector<std::string> asset_references(const Content& content);

// Replaces each non-empty media reference with `map(reference)`; an empty answer clears the
// field, so the screen draws its placeholder (initials, or no image) instead.
void rewrite_asset_references(Content& content, const std::function<std::string(const std::string&)>& map);

}  // namespace kiosk
