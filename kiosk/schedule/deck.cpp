// Building the cycle of slides from the display rules, and stepping through it by slide name.
#include "kiosk/schedule/deck.h"

#include <algorithm>
#include <array>
#include <cstdint>
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
    Slide s;
    s.kind = kind;
    s.duration = duration;
    s.item_id = id;
    s.name = name_prefix(kind) + id;
    return s;
}

Slide programme_slide(seconds duration) {
    Slide s;
    s.duration = duration;
    s.name = "programme";
    return s;
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

// What the cycle budget leaves of each kind: slides of the day, and speakers and posts a cycle.
struct Trim {
    int day_pages = kMaxDayPages;
    std::array<int, 4> per_kind{-1, -1, -1, -1};  // by SlideKind; -1: as the rules say
};

int taken_by_rules(const std::vector<SlideRule>& rules, SlideKind kind, std::size_t available) {
    std::size_t total = 0;
    for (const SlideRule& r : rules) {
        if (r.kind != kind) continue;
        if (r.max_count <= 0) return static_cast<int>(available);
        total += static_cast<std::size_t>(r.max_count);
    }
    return static_cast<int>(std::min(total, available));
}

// The ids in the order the rules take them this cycle. When the rules take `taken` of more
// items, the first half of those is kept and the rest are a window that moves on by its own
// length each cycle through every other item.
std::vector<std::string> rotated(std::vector<std::string> ids, int taken, std::int64_t cycle) {
    const auto n = static_cast<std::int64_t>(ids.size());
    if (taken <= 0 || taken >= n) return ids;
    const std::int64_t head = taken / 2;
    const std::int64_t window = taken - head;
    const std::int64_t pool = n - head;
    const std::int64_t shift = (cycle % pool) * window % pool;
    std::rotate(ids.begin() + head, ids.begin() + head + shift, ids.end());
    return ids;
}

RuleWalk walk_rules(const Content& content, Instant now, const Deck& programme, const Trim& trim,
                    std::optional<std::int64_t> cycle) {
    const bool interleave = content.display.announcement_every > 0;
    const std::vector<SlideRule> rules = rules_of(content.display);
    // Indexed by SlideKind; the programme has no items.
    std::array<std::vector<std::string>, 4> ids{std::vector<std::string>{}, ranked_speaker_ids(content, now),
                                                visible_post_ids(content, now), announcement_ids(content)};
    std::array<ItemQueue, 4> queues;
    std::array<int, 4> left{};
    for (std::size_t k = 1; k < 4; ++k) {
        const auto kind = static_cast<SlideKind>(k);
        int taken = taken_by_rules(rules, kind, ids[k].size());
        if (trim.per_kind[k] >= 0) taken = std::min(taken, trim.per_kind[k]);
        left[k] = taken;
        queues[k] = ItemQueue{cycle && kind != SlideKind::Announcements ? rotated(ids[k], taken, *cycle) : ids[k]};
    }
    RuleWalk walk;
    for (const SlideRule& rule : rules) {
        if (rule.kind == SlideKind::Programme) {
            if (walk.programme_duration) continue;
            int day_pages = 0;
            for (Slide s : programme) {
                const bool day_page = s.part == ProgrammePart::Day && !s.session_ids.empty();
                if (day_page && ++day_pages > trim.day_pages) break;
                if (day_page && day_pages == trim.day_pages) s.last_page = true;
                s.duration = rule.duration;
                walk.slides.push_back(std::move(s));
            }
            walk.programme_duration = rule.duration;
            continue;
        }
        if (rule.kind == SlideKind::Announcements && interleave) {
            if (!walk.interleaved_rule) walk.interleaved_rule = rule;
            continue;
        }
        const auto k = static_cast<std::size_t>(rule.kind);
        const int want = rule.max_count > 0 ? std::min(rule.max_count, left[k]) : left[k];
        left[k] -= want;
        if (want <= 0) continue;
        for (const std::string& id : queues.at(k).take(want)) {
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

Deck assemble(const Content& content, Instant now, const Deck& programme, const Trim& trim,
              std::optional<std::int64_t> cycle) {
    RuleWalk walk = walk_rules(content, now, programme, trim, cycle);
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

seconds length_of(const Deck& deck) {
    seconds total{0};
    for (const Slide& s : deck) total += s.duration;
    return total;
}

int count_of(const Deck& deck, SlideKind kind) {
    return static_cast<int>(std::count_if(deck.begin(), deck.end(), [&](const Slide& s) { return s.kind == kind; }));
}

int day_pages_of(const Deck& deck) {
    return static_cast<int>(std::count_if(deck.begin(), deck.end(), [](const Slide& s) {
        return s.kind == SlideKind::Programme && s.part == ProgrammePart::Day && !s.session_ids.empty();
    }));
}

// Fewer slides until the cycle fits the budget: pages of the day past the first, then speakers
// and posts (they rotate, so each is still shown in turn), never fewer than kKeptPerKind.
Trim fit_budget(const Content& content, Instant now, const Deck& programme) {
    constexpr int kKeptPerKind = 3;
    Trim trim;
    Deck deck = assemble(content, now, programme, trim, std::nullopt);
    trim.day_pages = day_pages_of(deck);
    trim.per_kind[1] = count_of(deck, SlideKind::Speakers);
    trim.per_kind[2] = count_of(deck, SlideKind::Posts);
    while (length_of(deck) > kCycleBudget) {
        if (trim.day_pages > 1) {
            --trim.day_pages;
        } else if (trim.per_kind[2] > kKeptPerKind && trim.per_kind[2] >= trim.per_kind[1]) {
            --trim.per_kind[2];
        } else if (trim.per_kind[1] > kKeptPerKind) {
            --trim.per_kind[1];
        } else if (trim.per_kind[2] > kKeptPerKind) {
            --trim.per_kind[2];
        } else {
            break;
        }
        deck = assemble(content, now, programme, trim, std::nullopt);
    }
    return trim;
}

}  // namespace

Deck build_deck(const Content& content, Instant now, const DeckShape& shape) {
    seconds programme_duration = kDefaultProgrammeDuration;
    for (const SlideRule& rule : rules_of(content.display)) {
        if (rule.kind != SlideKind::Programme) continue;
        programme_duration = rule.duration;
        break;
    }
    const Deck programme = programme_slides(content, now, programme_duration, shape);
    const Trim trim = fit_budget(content, now, programme);
    // The cycle's number since the epoch moves the rotating speakers and posts on.
    const seconds length = std::max(seconds{1}, length_of(assemble(content, now, programme, trim, std::nullopt)));
    const std::int64_t cycle = now.time_since_epoch() / length;
    return assemble(content, now, programme, trim, cycle);
}

std::size_t next_slide_index(const Deck& deck, const std::string& current_name) {
    if (current_name.empty() || deck.empty()) return 0;
    const auto it = std::find_if(deck.begin(), deck.end(), [&](const Slide& s) { return s.name == current_name; });
    if (it == deck.end()) return 0;
    return (static_cast<std::size_t>(it - deck.begin()) + 1) % deck.size();
}

}  // namespace kiosk
