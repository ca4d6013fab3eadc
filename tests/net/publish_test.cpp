// `kiosk publish` against nginx with WebDAV, with keys made by the real minisign: the content and
// every file it names arrive pinned and signed, a screen's fetch with the trusted key takes them,
// and minisign itself accepts the signature. A file with errors, or a wrong password, uploads
// nothing.
#include <doctest/doctest.h>

#include <filesystem>

#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/net/test_servers.h"
#include "tests/support/child_process.h"
#include "tests/support/minisign_tool.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace {

using kiosk::test::NginxServer;
using kiosk::test::run_kiosk;

const std::string kPhoto(5000, 'q');

struct Organiser {
    std::string dir = kiosk::test::make_temp_dir("organiser");
    kiosk::test::MinisignKeys keys = kiosk::test::make_minisign_keys("publish");
    std::string content() const { return dir + "/event.yaml"; }

    void write(const std::string& title) const {
        kiosk::test::write_text(dir + "/photos/host.jpg", kPhoto);
        kiosk::test::write_text(content(), "# Our event\n" + kiosk::test::content_yaml(title, {"photos/host.jpg"}));
    }
};

std::string user() { return std::string(NginxServer::kPublishUser) + ":" + NginxServer::kPublishPassword; }

kiosk::test::KioskExit publish(const Organiser& o, const NginxServer& nginx, const std::string& key_file,
                               const std::vector<std::string>& env = {}) {
    return run_kiosk({"publish", o.content(), "--to", nginx.url("/site/"), "--key", key_file, "--user", user()}, env);
}

}  // namespace

TEST_CASE("publish: the content and its photo arrive pinned and signed, and a screen with the key takes them") {
    Organiser organiser;
    organiser.write("Published");
    const std::string root = kiosk::test::make_temp_dir("www");
    const NginxServer nginx = NginxServer::with_uploads(root);
    const auto run = publish(organiser, nginx, organiser.keys.secret_file());
    INFO(run.output);
    REQUIRE(run.status == 0);
    CHECK(kiosk::test::read_file(root + "/site/photos/host.jpg") == kPhoto);
    const std::string uploaded = kiosk::test::read_file(root + "/site/event.yaml");
    CHECK(uploaded.find("photos/host.jpg#sha256=" + kiosk::sha256_hex(kPhoto)) != std::string::npos);
    CHECK(uploaded.starts_with("# Our event\n"));  // the organiser's text as written, pins added
    CHECK(kiosk::test::read_file(organiser.content()).find("#sha256=") == std::string::npos);  // theirs untouched
    CHECK(kiosk::test::minisign_verifies(organiser.keys, root + "/site/event.yaml"));
    // Files first, content and signature last.
    const std::string out = run.output;
    CHECK(out.find("uploaded photos/host.jpg") < out.find("uploaded event.yaml "));
    CHECK(out.find("uploaded event.yaml ") < out.find("uploaded event.yaml.minisig"));

    const std::string cache = kiosk::test::make_temp_dir("cache");
    const auto fetched = run_kiosk({"fetch", "--content", nginx.url("/site/event.yaml"), "--cache", cache,
                                    "--trusted-key", organiser.keys.public_key()});
    INFO(fetched.output);
    CHECK(fetched.status == 0);
    const auto snapshot = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    REQUIRE(snapshot);
    CHECK(snapshot->content.event.title == "Published");
    CHECK(snapshot->placeholders == 0);
}

TEST_CASE("publish: a content file with errors uploads nothing and says where the errors are") {
    Organiser organiser;
    kiosk::test::write_text(organiser.content(), "event:\n  title: [broken\n");
    const std::string root = kiosk::test::make_temp_dir("www");
    const NginxServer nginx = NginxServer::with_uploads(root);
    const auto run = publish(organiser, nginx, organiser.keys.secret_file());
    INFO(run.output);
    CHECK(run.status == 1);
    CHECK(run.output.find("event.yaml:3:1: error") != std::string::npos);
    CHECK(run.output.find("not published") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(root + "/site"));
}

TEST_CASE("publish: an encrypted key opens with KIOSK_KEY_PASSWORD, and a wrong one uploads nothing") {
    Organiser organiser;
    organiser.keys = kiosk::test::make_minisign_keys("publish-encrypted", "venue pass");
    organiser.write("Encrypted key");
    const std::string root = kiosk::test::make_temp_dir("www");
    const NginxServer nginx = NginxServer::with_uploads(root);
    const auto wrong = publish(organiser, nginx, organiser.keys.secret_file(), {"KIOSK_KEY_PASSWORD=nope"});
    INFO(wrong.output);
    CHECK(wrong.status == 1);
    CHECK(wrong.output.find("wrong password") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(root + "/site"));
    const auto right = publish(organiser, nginx, organiser.keys.secret_file(), {"KIOSK_KEY_PASSWORD=venue pass"});
    INFO(right.output);
    CHECK(right.status == 0);
    CHECK(kiosk::test::minisign_verifies(organiser.keys, root + "/site/event.yaml"));
}

TEST_CASE("publish: a refused upload (wrong credentials) is named, and the content file is not sent") {
    Organiser organiser;
    organiser.write("Refused");
    const std::string root = kiosk::test::make_temp_dir("www");
    const NginxServer nginx = NginxServer::with_uploads(root);
    const auto run = run_kiosk({"publish", organiser.content(), "--to", nginx.url("/site/"), "--key",
                                organiser.keys.secret_file(), "--user", "organiser:wrong"});
    INFO(run.output);
    CHECK(run.status == 1);
    CHECK(run.output.find("HTTP 401") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(root + "/site/event.yaml"));
}
