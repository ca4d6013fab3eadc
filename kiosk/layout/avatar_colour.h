// Generated avatars for people without a photo: initials on a colour derived from the name.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/content/content_model.h"

namespace kiosk {

// A pleasant, saturated colour chosen by a stable hash of `name`, dark enough that white
// initials on it pass 4.5:1. The same name always gets the same colour, on every screen.
Colour avatar_colour(std::string_view name);

// Up to two initials: the first character of the first and of the last word ("Matt Rodda" ->
// "MR"), Latin letters in upper case. A leading "@" of a handle is skipped.
std::string initials_of(std::string_view name);

}  // namespace kiosk
