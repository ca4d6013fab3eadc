// The real post lists others published: a 2017 Mastodon hashtag timeline and one Akkoma status.
#include <doctest/doctest.h>

#include "import_test_support.h"
#include "kiosk/import/moderation.h"
#include "kiosk/import/source_format.h"

namespace kiosk::test {
namespace {

using import::PostsImport;
using import::SourcePost;

PostsImport import_shared_posts(const std::string& name) {
    const auto bytes = shared_format(name);
    REQUIRE_MESSAGE(bytes.has_value(), "../shared/formats/" << name << " is absent");
    import::ImportOptions options;
    options.source_name = name;
    return import::import_posts(*bytes, options);
}

const SourcePost* by_id(const PostsImport& p, const std::string& id) {
    for (const auto& post : p.posts)
        if (post.source_id == id) return &post;
    return nullptr;
}

}  // namespace

TEST_CASE("import: the 2017 Mastodon timeline gives 20 clean posts with names and times") {
    if (!shared_format("README.md")) {
        MESSAGE("skipped: ../shared/formats is absent");
        return;
    }
    const auto p = import_shared_posts("mastodon-tag-timeline-mastodon-2017.json");
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    REQUIRE(p.posts.size() == 20);
    for (const auto& post : p.posts) {
        CHECK(!post.post.author.empty());
        CHECK(post.post.time.has_value());
        for (const char* bad : {"<", "&amp;", "&#", "&quot;", ":grin:", ":pineapple:"})
            CHECK_MESSAGE(post.post.text.find(bad) == std::string::npos, bad << " in " << post.post.text);
    }
    // An empty display_name falls back to the username.
    REQUIRE(by_id(p, "712113") != nullptr);
    CHECK(by_id(p, "712113")->post.author == "armavi");
    CHECK(by_id(p, "703792")->post.author == "testuser");
    CHECK(by_id(p, "703792")->post.handle == "@testuser@mstdn.jp");
    CHECK(by_id(p, "703792")->post.text == "#mastodon test");
    // Custom emoji codes go from names, with a space kept between words.
    CHECK(by_id(p, "698356")->post.author == "Not Verified");
    CHECK(by_id(p, "702781")->post.author == "Maïa Dereva");
    // Paragraphs and line breaks survive.
    CHECK(by_id(p, "692622")->post.text ==
          "How to see what's #trending on #Mastodon:\n\n-go to the search bar\n-type in \"Ginny McQueen\"\n\n- it me");
    CHECK(by_id(p, "714859")->reply);
    CHECK(by_id(p, "704669")->image_without_alt);
}

TEST_CASE("import: the Akkoma status keeps its flake id, content warning and alt text") {
    if (!shared_format("README.md")) {
        MESSAGE("skipped: ../shared/formats is absent");
        return;
    }
    const auto p = import_shared_posts("akkoma-single-status-emojis-attachment.json");
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    REQUIRE(p.posts.size() == 1);
    const SourcePost& s = p.posts[0];
    CHECK(s.source_id == "AQetOIEp6Z2GZ4UiI4");
    CHECK(s.post.author == "Konstantin");
    CHECK(s.account == "konstantin@m.iamkonstantin.eu");
    CHECK(s.post.text == "I just #love #coffee There is no better way to start the day.");
    CHECK(s.content_warning == "Coffee, Star Trek");
    CHECK(s.post.image_alt.rfind("Cartoon poster of Captain Janeway", 0) == 0);
    CHECK_FALSE(s.image_without_alt);
    // A content warning hides it by default; approving it by URL shows it.
    CHECK(import::moderate(p.posts, {}).posts.empty());
    import::ModerationRules rules;
    rules.approved_posts = {"https://m.iamkonstantin.eu/notice/AQetOIEp6Z2GZ4UiI4"};
    CHECK(import::moderate(p.posts, rules).posts.size() == 1);
}

}  // namespace kiosk::test
