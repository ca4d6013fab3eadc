// Look-ups on the content model.
#include "kiosk/content/content_model.h"

#include <algorithm>

namespace kiosk {

const Speaker* Content::find_speaker(const std::string& id) const {
    auto it = std::find_if(speakers.begin(), speakers.end(), [&](const Speaker& s) { return s.id == id; });
    return it == speakers.end() ? nullptr : &*it;
}

}  // namespace kiosk
