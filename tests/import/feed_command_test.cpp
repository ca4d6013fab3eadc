// `kiosk feed` as an organiser's timer runs it: a real HTTP server playing Mastodon, moderation
// rules from a file, the curated file written whole or not at all.
#include <doctest/doctest.h>

#include <algorithm>

#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/posts_document.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/net/http_client.h"
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

namespace kiosk::test {
namespace {

// The Mastodon stand-in of mastodon_server.py, serving the statuses in a file the test rewrites.
class MastodonServer {
public:
    explicit MastodonServer(const std::string& dir) : statuses_(dir + "/statuses.json") {
        set_statuses({});
        process_ = std::make_unique<ChildProcess>(
            std::vector<std::string>{KIOSK_TEST_PYTHON, source_dir() + "/tests/import/mastodon_server.py", statuses_},
            true);
        const auto line = process_->read_line(std::chrono::seconds(20));
        REQUIRE_MESSAGE(line, "the Mastodon test server did not print its port");
        port_ = std::stoi(*line);
    }

    std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
    std::string timeline() const { return url("/api/v1/timelines/tag/venuetest"); }

    // Statuses with these numeric ids, each by its own account, posted a minute apart.
    void set_statuses(const std::vector<int>& ids) const {
        std::string json = "[";
        for (const int id : ids) {
            json += std::string(json.size() > 1 ? "," : "") + R"({"id": ")" + std::to_string(id) +
                    R"(", "created_at": "2023-10-09T16:)" + std::to_string(10 + id % 40) +
                    R"(:00.000Z", "content": "<p>Post )" + std::to_string(id) +
                    R"(</p>", "account": {"id": "1", "username": "user)" + std::to_string(id) +
                    R"(", "acct": "user)" + std::to_string(id) + R"(", "display_name": "User )" +
                    std::to_string(id) + R"("}, "media_attachments": [], "emojis": []})";
        }
        REQUIRE(write_file_durably(statuses_, json + "]"));
    }

    std::string get(const std::string& path) const {
        const auto curl = CurlLibrary::create();
        REQUIRE(curl);
        auto client = HttpClient::create();
        REQUIRE(client);
        auto r = client->get({url(path), false, {}, {}}, FetchLimits::for_content());
        REQUIRE(r);
        return r->body;
    }

private:
    std::string statuses_;
    std::unique_ptr<ChildProcess> process_;
    int port_ = 0;
};

std::vector<std::string> texts_in(const std::string& posts_file) {
    const auto text = read_file_limited(posts_file, 1 << 20).value();
    const LoadResult posts = load_posts_text(text, "posts.yaml", "", "Europe/London");
    REQUIRE_MESSAGE(posts.content.has_value(), text);
    std::vector<std::string> texts;
    for (const auto& p : posts.content->posts) texts.push_back(p.text);
    return texts;
}

Run feed(const MastodonServer& server, const std::string& dir) {
    return run_kiosk({"feed", "--source", server.timeline(), "--out", dir + "/posts.yaml"});
}

}  // namespace

TEST_CASE("kiosk feed: later runs ask with min_id and keep what earlier runs fetched") {
    const std::string dir = make_temp_dir("feed");
    const MastodonServer server(dir);
    server.set_statuses({101, 102, 103});
    const Run first = feed(server, dir);
    INFO(first.output);
    REQUIRE(first.status == 0);
    // The first page is the newest two.
    CHECK(texts_in(dir + "/posts.yaml") == std::vector<std::string>{"Post 103", "Post 102"});
    server.set_statuses({101, 102, 103, 104, 105, 106});
    REQUIRE(feed(server, dir).status == 0);
    REQUIRE(feed(server, dir).status == 0);
    // Each run asked only for statuses newer than the newest it had, and none was lost on the way.
    CHECK(server.get("/_requests") ==
          "/api/v1/timelines/tag/venuetest\n"
          "/api/v1/timelines/tag/venuetest?min_id=103\n"
          "/api/v1/timelines/tag/venuetest?min_id=105\n");
    CHECK(texts_in(dir + "/posts.yaml") ==
          std::vector<std::string>{"Post 106", "Post 105", "Post 104", "Post 103", "Post 102"});
    // Nothing new: an empty page, and the file keeps every post.
    REQUIRE(feed(server, dir).status == 0);
    CHECK(texts_in(dir + "/posts.yaml").size() == 5);
}

TEST_CASE("kiosk feed: a 429 is honoured: no request before its Retry-After, the posts file kept") {
    const std::string dir = make_temp_dir("feed");
    const MastodonServer server(dir);
    server.set_statuses({201, 202});
    REQUIRE(feed(server, dir).status == 0);
    server.get("/_ratelimit/3600");
    server.set_statuses({201, 202, 203});
    const Run limited = feed(server, dir);
    CHECK(limited.status == 1);
    CHECK(limited.output.find("HTTP 429") != std::string::npos);
    CHECK(limited.output.find("rate-limited; the next poll waits until") != std::string::npos);
    CHECK(texts_in(dir + "/posts.yaml") == std::vector<std::string>{"Post 202", "Post 201"});
    // Within the hour, no request reaches the server; the kept posts are moderated again, so a
    // changed rule still applies.
    REQUIRE(write_file_durably(dir + "/rules.yaml", "moderation:\n  block_accounts: [user202]\n"));
    const Run waiting = run_kiosk({"feed", "--source", server.timeline(), "--rules", dir + "/rules.yaml", "--out",
                                   dir + "/posts.yaml"});
    INFO(waiting.output);
    CHECK(waiting.status == 0);
    CHECK(waiting.output.find("asked not to be polled before") != std::string::npos);
    CHECK(texts_in(dir + "/posts.yaml") == std::vector<std::string>{"Post 201"});
    const std::string requests = server.get("/_requests");
    CHECK(std::count(requests.begin(), requests.end(), '\n') == 2);
}

TEST_CASE("kiosk feed: a state file from another source or in pieces starts afresh") {
    const std::string dir = make_temp_dir("feed");
    const MastodonServer server(dir);
    server.set_statuses({301, 302});
    REQUIRE(write_file_durably(dir + "/posts.yaml.state.json", "{\"source\": \"https://elsewhere.example/\", "
                                                               "\"min_id\": \"999\", \"statuses\": []}"));
    REQUIRE(feed(server, dir).status == 0);
    CHECK(texts_in(dir + "/posts.yaml") == std::vector<std::string>{"Post 302", "Post 301"});
    REQUIRE(write_file_durably(dir + "/posts.yaml.state.json", "{\"source\": \"tru"));
    const Run broken = feed(server, dir);
    CHECK(broken.status == 0);
    CHECK(broken.output.find("starting afresh") != std::string::npos);
    CHECK(server.get("/_requests").find("min_id=999") == std::string::npos);
}

}  // namespace kiosk::test
