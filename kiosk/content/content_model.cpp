// Look-ups on the content model.
#include "kiosk/content/content_model.h"

#include <algorithm>

namespace kiosk {

const Speaker* Content::find_speaker(const std::string& id) const {
    auto it = std::find_if(speakers.begin(), speakers.end(), [&](const Speaker& s) { return s.id == id; });
    return it == speakers.end() ? nullptr : &*it;
}

SlideRule default_slide_rule(SlideKind kind) {
    switch (kind) {
        case SlideKind::Programme: return {kind, std::chrono::seconds{20}, 0};
        // A cycle keeps coming back to the programme: with a conference's worth of speakers or a
        // busy hashtag, only the most relevant (on now and next, the newest posts) get a card.
        case SlideKind::Speakers: return {kind, std::chrono::seconds{10}, kDefaultSpeakerCards};
        case SlideKind::Posts: return {kind, std::chrono::seconds{12}, kDefaultPostCards};
        case SlideKind::Announcements: return {kind, std::chrono::seconds{10}, 0};
    }
    return {};
}

std::vector<SlideRule> default_slide_rules() {
    return {default_slide_rule(SlideKind::Programme), default_slide_rule(SlideKind::Speakers),
            default_slide_rule(SlideKind::Posts), default_slide_rule(SlideKind::Announcements)};
}

std::vector<ExternalSource> Content::external_sources() const {
    std::vector<ExternalSource> out;
    for (const auto* s : {&programme_source, &posts_source}) {
        if (!*s) continue;
        const bool again = std::any_of(out.begin(), out.end(), [&](const ExternalSource& o) { return o.url == (*s)->url; });
        if (!again) out.push_back(**s);
    }
    return out;
}

}  // namespace kiosk
