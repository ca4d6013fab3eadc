// The curated posts file: imported and moderated posts, written and read back by the loader every
// screen uses, with nothing lost or changed.
#include <doctest/doctest.h>

#include "import_test_support.h"
#include "kiosk/cache/posts_document.h"
#include "kiosk/import/moderation.h"
#include "kiosk/import/posts_yaml.h"
#include "kiosk/import/source_format.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

std::vector<import::SourcePost> all_posts() {
    std::vector<std::string> texts{read_file(fixture("import/mastodon-4-statuses.json")),
                                   read_file(fixture("import/feed.json")), read_file(fixture("import/feed-rss.xml")),
                                   read_file(fixture("import/feed-atom.xml"))};
    for (const char* name : {"mastodon-tag-timeline-mastodon-2017.json", "akkoma-single-status-emojis-attachment.json"})
        if (auto shared = shared_format(name)) texts.push_back(*shared);
    std::vector<import::SourcePost> out;
    for (const auto& t : texts) {
        import::ImportOptions options;
        options.source_name = "source";
        options.base = "https://venue.example/";
        auto p = import::import_posts(t, options);
        REQUIRE_MESSAGE(p.ok(), all_messages(p.diagnostics));
        out.insert(out.end(), p.posts.begin(), p.posts.end());
    }
    return out;
}

}  // namespace

TEST_CASE("posts file: every imported post survives writing and reading back through the posts loader") {
    import::ModerationRules everything;
    everything.hide_replies = false;
    everything.hide_sensitive = false;
    const auto moderated = import::moderate(all_posts(), everything);
    REQUIRE(moderated.posts.size() >= 7);
    const std::string yaml = import::posts_yaml(moderated.posts);
    const LoadResult back = load_posts_text(yaml, "posts.yaml", "https://venue.example/posts.yaml", "Europe/London");
    INFO(all_messages(back.diagnostics));
    INFO(yaml.substr(0, 3000));
    REQUIRE(back.content.has_value());
    CHECK(count(back.diagnostics, Severity::Warning) == 0);
    const auto& read = back.content->posts;
    REQUIRE(read.size() == moderated.posts.size());
    for (std::size_t i = 0; i < read.size(); ++i) {
        CHECK(read[i].id == moderated.posts[i].id);
        CHECK(read[i].text == moderated.posts[i].text);
        CHECK(read[i].author == moderated.posts[i].author);
        CHECK(read[i].time == moderated.posts[i].time);
        CHECK(read[i].image == moderated.posts[i].image);
    }
}

TEST_CASE("posts file: text that looks like YAML stays text") {
    Post p;
    p.id = "m-1";
    p.author = "- not: a list";
    p.text = "key: value\n---\n# not a comment\n\"quoted\" & 'single'";
    const std::string yaml = import::posts_yaml({p});
    const LoadResult back = load_posts_text(yaml, "posts.yaml", "", "Europe/London");
    REQUIRE(back.content.has_value());
    REQUIRE(back.content->posts.size() == 1);
    CHECK(back.content->posts[0].text == p.text);
    CHECK(back.content->posts[0].author == p.author);
    CHECK_FALSE(back.content->posts[0].time.has_value());
}

}  // namespace kiosk::test
