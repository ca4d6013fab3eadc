// Building the cycle of slides from the display rules, and stepping through it by slide name.
#include "kiosk/schedule/deck.h"

#include <algorithm>
#include <array>
#include <optional>

#include "kiosk/schedule/deck_items.h"

namespace kiosk {

namespace {

using std::chrono::seconds;

constexpr seconds kDefaultProgrammeDuration{20};

std::vector<SlideRule> rules_of(const Display& display) {
    if (!display.slides.empty()) return display.slides;
    return {SlideRule{SlideKind::Programme, kDefaultProgrammeDuration, 0},
            SlideRule{SlideKind::Speakers, seconds{10}, 0}, SlideRule{SlideKind::Posts, seconds{12}, 0},
            SlideRule{SlideKind::Announcements, seconds{10}, 0}};
}

const char* name_prefix(SlideKind kind) {
    switch (kind) {
        case SlideKind::Speakers:
            return "speaker-";
        case SlideKind::Posts:
            return "post-";
        case SlideKind::Announcements:
            return "announcement-";
        case SlideKind::Programme:
            break;
    }
    return "programme";
}

Slide item_slide(SlideKind kind, seconds duration, const std::string& id) {
    return Slide{kind, duration, id, name_prefix(kind) + id};
}

Slide programme_slide(seconds duration) {
    return Slide{SlideKind::Programme, duration, "", "programme"};
}

// The ids of one kind, handed out in order so that several rules of a kind never repeat an item.
struct ItemQueue {
    std::vector<std::string> ids;
    std::size_t taken = 0;

    std::vector<std::string> take(int max_count) {
        const std::size_t left = ids.size() - taken;
        const std::size_t n = max_count > 0 ? std::min(left, static_cast<std::size_t>(max_count)) : left;
        std::vector<std::string> out(ids.begin() + static_cast<std::ptrdiff_t>(taken),
                                     ids.begin() + static_cast<std::ptrdiff_t>(taken + n));
        taken += n;
        return out;
    }
};

std::vector<std::string> announcement_ids(const Content& content) {
    std::vector<std::string> ids;
    for (const Announcement& a : content.announcements) ids.push_back(a.id);
    return ids;
}

// The slides of everything but interleaved announcements, in rule order.
struct RuleWalk {
    Deck slides;
    std::optional<SlideRule> interleaved_rule;  // the announcements rule when they are interleaved
    std::optional<seconds> programme_duration;
};

RuleWalk walk_rules(const Content& content, Instant now) {
    const bool interleave = content.display.announcement_every > 0;
    // Indexed by SlideKind; the programme has no items.
    std::array<ItemQueue, 4> queues{ItemQueue{}, ItemQueue{ranked_speaker_ids(content, now)},
                                    ItemQueue{visible_post_ids(content, now)}, ItemQueue{announcement_ids(content)}};
    RuleWalk walk;
    for (const SlideRule& rule : rules_of(content.display)) {
        if (rule.kind == SlideKind::Programme) {
            if (walk.programme_duration) continue;
            walk.slides.push_back(programme_slide(rule.duration));
            walk.programme_duration = rule.duration;
            continue;
        }
        if (rule.kind == SlideKind::Announcements && interleave) {
            if (!walk.interleaved_rule) walk.interleaved_rule = rule;
            continue;
        }
        for (const std::string& id : queues.at(static_cast<std::size_t>(rule.kind)).take(rule.max_count)) {
            walk.slides.push_back(item_slide(rule.kind, rule.duration, id));
        }
    }
    return walk;
}

// The announcement slides for the places in a cycle: `places` or more, each announcement at least
// once, repeats named "<name>.2", "<name>.3"... so that every name in the deck is unique.
Deck announcement_round(const std::vector<std::string>& ids, const SlideRule& rule, std::size_t places) {
    const std::size_t total = std::max(places, ids.size());
    Deck out;
    for (std::size_t k = 0; k < total; ++k) {
        Slide s = item_slide(SlideKind::Announcements, rule.duration, ids[k % ids.size()]);
        if (const std::size_t round = k / ids.size(); round > 0) s.name += "." + std::to_string(round + 1);
        out.push_back(std::move(s));
    }
    return out;
}

// Places in a cycle for interleaved announcements: one per `every` other slides, at least one.
std::size_t places_for(std::size_t others, std::size_t every) {
    return std::max<std::size_t>(1, others / every);
}

// One place after every `every` other slides (or at the end of a short deck). `notes` holds at
// least one slide per place; when it holds more, the earlier places take one more each.
Deck interleave(const Deck& others, const Deck& notes, std::size_t every) {
    const std::size_t places = places_for(others.size(), every);
    Deck out;
    std::size_t note = 0;
    std::size_t place = 0;
    for (std::size_t i = 0; i < others.size(); ++i) {
        out.push_back(others[i]);
        const std::size_t done = i + 1;
        if (place >= places || (done != (place + 1) * every && done != others.size())) continue;
        const std::size_t share = notes.size() / places + (place < notes.size() % places ? 1 : 0);
        for (std::size_t k = 0; k < share; ++k) out.push_back(notes.at(note++));
        ++place;
    }
    return out;
}

}  // namespace

Deck build_deck(const Content& content, Instant now) {
    RuleWalk walk = walk_rules(content, now);
    Deck deck = std::move(walk.slides);
    if (walk.interleaved_rule) {
        const std::vector<std::string> ids =
            ItemQueue{announcement_ids(content)}.take(walk.interleaved_rule->max_count);
        const auto every = static_cast<std::size_t>(content.display.announcement_every);
        if (!ids.empty() && deck.empty()) {
            deck = announcement_round(ids, *walk.interleaved_rule, 0);
        } else if (!ids.empty()) {
            deck = interleave(deck, announcement_round(ids, *walk.interleaved_rule, places_for(deck.size(), every)),
                              every);
        }
    }
    if (deck.empty()) deck.push_back(programme_slide(walk.programme_duration.value_or(kDefaultProgrammeDuration)));
    return deck;
}

std::size_t next_slide_index(const Deck& deck, const std::string& current_name) {
    if (current_name.empty() || deck.empty()) return 0;
    const auto it = std::find_if(deck.begin(), deck.end(), [&](const Slide& s) { return s.name == current_name; });
    if (it == deck.end()) return 0;
    return (static_cast<std::size_t>(it - deck.begin()) + 1) % deck.size();
}

}  // namespace kiosk
