// `kiosk feed` as an organiser's timer runs it: a real HTTP server playing Mastodon, moderation
// rules from a file, the curated file written whole or not at all.
#include <doctest/doctest.h>

#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/posts_document.h"
#include "tests/support/child_process.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

using Run = KioskExit;

std::string www_with_timeline() {
    const std::string root = make_temp_dir("mastodon");
    const auto timeline = read_file_limited(fixture("import/mastodon-4-statuses.json"), 1 << 20).value();
    REQUIRE(write_file_durably(root + "/timeline.json", timeline));
    return root;
}

}  // namespace

TEST_CASE("kiosk feed: a Mastodon timeline over HTTP becomes a moderated posts file") {
    const NginxServer nginx(www_with_timeline());
    const std::string dir = make_temp_dir("feed");
    REQUIRE(write_file_durably(dir + "/rules.yaml", "moderation:\n  block_words: [nothing-matches]\n"));
    const Run r = run_kiosk({"feed", "--source", nginx.url("/timeline.json"), "--rules", dir + "/rules.yaml", "--out",
                             dir + "/posts.yaml"});
    INFO(r.output);
    REQUIRE(r.status == 0);
    CHECK(r.output.find("1 posts (0 pinned), 1 held back") != std::string::npos);
    const auto text = read_file_limited(dir + "/posts.yaml", 1 << 20).value();
    const LoadResult posts = load_posts_text(text, "posts.yaml", "", "Europe/London");
    REQUIRE(posts.content.has_value());
    REQUIRE(posts.content->posts.size() == 1);
    CHECK(posts.content->posts[0].handle == "@miriam@other.example · boosted by booster");
}

TEST_CASE("kiosk feed: a 404 or broken rules keep the previous posts file untouched") {
    const NginxServer nginx(www_with_timeline());
    const std::string dir = make_temp_dir("feed");
    REQUIRE(write_file_durably(dir + "/posts.yaml", "posts: []\n"));
    const Run missing = run_kiosk({"feed", "--source", nginx.url("/nothing.json"), "--out", dir + "/posts.yaml"});
    CHECK(missing.status == 1);
    CHECK(missing.output.find("404") != std::string::npos);
    REQUIRE(write_file_durably(dir + "/rules.yaml", "moderation:\n  hide_replys: false\n"));
    const Run typo = run_kiosk({"feed", "--source", nginx.url("/timeline.json"), "--rules", dir + "/rules.yaml",
                                "--out", dir + "/posts.yaml"});
    CHECK(typo.status == 1);
    CHECK(typo.output.find("unknown moderation key 'hide_replys'") != std::string::npos);
    CHECK(read_file_limited(dir + "/posts.yaml", 1 << 20).value() == "posts: []\n");
}

}  // namespace kiosk::test
