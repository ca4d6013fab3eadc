// Moderation: each rule on its own, the allow-list mode, pins, and blocks winning over everything.
#include <doctest/doctest.h>

#include "kiosk/import/moderation.h"
#include "tests/support/broken_yaml.h"

namespace kiosk::import {
namespace {

SourcePost make(const std::string& id, const std::string& account, const std::string& text, int minute) {
    SourcePost p;
    p.source_id = p.original_id = id;
    p.post.id = "m-" + id;
    p.account = account;
    p.post.author = account.substr(0, account.find('@'));
    p.post.text = text;
    p.post.time = Instant{std::chrono::minutes(minute)};
    p.url = "https://social.example/@x/" + id;
    return p;
}

std::vector<std::string> ids(const ModerationResult& r) {
    std::vector<std::string> out;
    for (const auto& p : r.posts) out.push_back(p.id);
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("moderation: blocked accounts, by name or whole server, and boosts by them") {
    std::vector<SourcePost> posts{make("1", "troll@bad.example", "hi", 1), make("2", "ok@good.example", "hi", 2),
                                  make("3", "other@spam.example", "hi", 3), make("4", "ok@good.example", "boost", 4)};
    posts[3].boosted_by_account = "troll@bad.example";
    ModerationRules rules;
    rules.blocked_accounts = {"@Troll@Bad.Example", "*@spam.example"};
    const auto r = moderate(posts, rules);
    CHECK(ids(r) == Ids{"m-2"});
    CHECK(r.held_back[static_cast<int>(HeldBack::BlockedAccount)] == 3);
}

TEST_CASE("moderation: blocked words match whole words in text, name and content warning, in any case") {
    std::vector<SourcePost> posts{make("1", "a@x", "This is SPOILER free", 1), make("2", "b@x", "a classy talk", 2),
                                  make("3", "c@x", "fine", 3)};
    posts[2].post.author = "Spoiler Bot";
    ModerationRules rules;
    rules.blocked_words = {"spoiler", "ass"};
    CHECK(ids(moderate(posts, rules)) == Ids{"m-2"});
}

TEST_CASE("moderation: a blocked word is found before a curly apostrophe, an emoji or a danda, in any script's case") {
    std::vector<SourcePost> posts{make("1", "a@x", "that badword’s origin", 1), make("2", "b@x", "so badword🙂", 2),
                                  make("3", "c@x", "यह बुरा। ठीक है", 3),          // "this is bad. fine"
                                  make("4", "d@x", "ÒGÚN LÓNÍ", 4),                 // Yoruba, upper case
                                  make("5", "e@x", "DIE STRASSE", 5),               // folds to "die strasse"
                                  make("6", "f@x", "badwords and a badwordy day", 6),  // longer words pass
                                  make("7", "g@x", "बुराई", 7)};                      // "evil": a longer word
    ModerationRules rules;
    rules.blocked_words = {"badword", "बुरा", "ògún", "straße"};
    CHECK(ids(moderate(posts, rules)) == Ids{"m-7", "m-6"});
}

TEST_CASE("moderation: replies, sensitive posts and content warnings are hidden by default") {
    std::vector<SourcePost> posts{make("1", "a@x", "reply", 1), make("2", "b@x", "nsfw", 2), make("3", "c@x", "cw", 3),
                                  make("4", "d@x", "plain", 4)};
    posts[0].reply = true;
    posts[1].sensitive = true;
    posts[2].content_warning = "food";
    CHECK(ids(moderate(posts, {})) == Ids{"m-4"});
    ModerationRules open;
    open.hide_replies = false;
    open.hide_sensitive = false;
    CHECK(ids(moderate(posts, open)) == Ids{"m-4", "m-3", "m-2", "m-1"});
}

TEST_CASE("moderation: allow-list mode shows only listed accounts and approved posts") {
    std::vector<SourcePost> posts{make("1", "org@venue.example", "official", 1), make("2", "rando@x", "hello", 2),
                                  make("3", "guest@x", "approved", 3)};
    ModerationRules rules;
    rules.allow_list_only = true;
    rules.allowed_accounts = {"org@venue.example"};
    rules.approved_posts = {"https://social.example/@x/3"};
    const auto r = moderate(posts, rules);
    CHECK(ids(r) == Ids{"m-3", "m-1"});
    CHECK(r.held_back[static_cast<int>(HeldBack::NotAllowed)] == 1);
}

TEST_CASE("moderation: pinned posts come first in pin order, and a block still wins over a pin") {
    std::vector<SourcePost> posts{make("1", "a@x", "old", 1), make("2", "b@x", "newer", 2), make("3", "c@x", "newest", 3),
                                  make("4", "troll@x", "pinned by mistake", 4)};
    posts[0].reply = true;  // a pin passes the reply rule
    ModerationRules rules;
    rules.pinned_posts = {"1", "m-2", "4"};
    rules.blocked_accounts = {"troll@x"};
    const auto r = moderate(posts, rules);
    CHECK(ids(r) == Ids{"m-1", "m-2", "m-3"});
    CHECK(r.pinned_ids == Ids{"m-1", "m-2"});
}

TEST_CASE("moderation: images without alt text are left off, the post stays; configurable") {
    std::vector<SourcePost> posts{make("1", "a@x", "photo", 1)};
    posts[0].post.image = "https://x/img.jpg";
    posts[0].image_without_alt = true;
    auto r = moderate(posts, {});
    REQUIRE(r.posts.size() == 1);
    CHECK(r.posts[0].image.empty());
    CHECK(r.images_removed == 1);
    ModerationRules lenient;
    lenient.media_needs_alt_text = false;
    CHECK(moderate(posts, lenient).posts[0].image == "https://x/img.jpg");
}

TEST_CASE("moderation: posts with no time come after dated ones, never as newest") {
    std::vector<SourcePost> posts{make("1", "a@x", "undated", 0), make("2", "b@x", "dated", 5)};
    posts[0].post.time.reset();
    CHECK(ids(moderate(posts, {})) == Ids{"m-2", "m-1"});
}

}  // namespace kiosk::import

#include "kiosk/import/moderation_rules.h"

namespace kiosk::import {

TEST_CASE("moderation: rules are read from the organiser's moderation section") {
    const auto rules = parse_moderation_rules(R"(event: {title: X}
moderation:
  block_accounts: ["troll@bad.example", "*@spam.example"]
  block_words: [spoiler]
  allow_list_only: true
  allow_accounts: org@venue.example
  approve: ["https://social.example/@guest/1"]
  pin: ["42"]
  hide_replies: false
  media_needs_alt_text: false
)", "event.yaml");
    REQUIRE(rules.has_value());
    CHECK(rules->blocked_accounts.size() == 2);
    CHECK(rules->blocked_words == std::vector<std::string>{"spoiler"});
    CHECK(rules->allow_list_only);
    CHECK(rules->allowed_accounts == std::vector<std::string>{"org@venue.example"});
    CHECK(rules->pinned_posts == std::vector<std::string>{"42"});
    CHECK_FALSE(rules->hide_replies);
    CHECK(rules->hide_sensitive);
    CHECK_FALSE(rules->media_needs_alt_text);
}

TEST_CASE("moderation: a typo in the rules is an error with its line, never a silent pass") {
    const auto typo = parse_moderation_rules("moderation:\n  block_acounts: [troll@x]\n", "rules.yaml");
    REQUIRE_FALSE(typo.has_value());
    CHECK(typo.error().message.find("rules.yaml:2:") == 0);
    CHECK(typo.error().message.find("unknown moderation key 'block_acounts'") != std::string::npos);
    const auto wrong = parse_moderation_rules("hide_replies: maybe\n", "rules.yaml");
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().message.find("true or false") != std::string::npos);
    CHECK_FALSE(parse_moderation_rules("moderation: [", "r").has_value());
}

TEST_CASE("moderation: rules that make yaml-cpp throw are an error at rules.yaml:line:column") {
    for (const auto& broken : kiosk::test::kBrokenYaml) {
        CAPTURE(broken.what);
        const auto rules = parse_moderation_rules(broken.text, "rules.yaml");
        REQUIRE_FALSE(rules.has_value());
        CHECK(rules.error().message.starts_with("rules.yaml:" + std::to_string(broken.line) + ":" +
                                                std::to_string(broken.column) + ": "));
    }
}

}  // namespace kiosk::import
