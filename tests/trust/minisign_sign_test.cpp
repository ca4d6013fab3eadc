// Signatures made by the kiosk, checked by the real minisign and by the kiosk's own verifier, with
// key files made by the real minisign (with and without a password).
#include <doctest/doctest.h>

#include <ctime>
#include <string>
#include <vector>

#include "kiosk/trust/minisign.h"
#include "kiosk/trust/minisign_sign.h"
#include "tests/support/minisign_tool.h"
#include "tests/support/test_files.h"

namespace {

namespace trust = kiosk::trust;

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

const std::string kContent = "event:\n  title: Signed by the kiosk\n";

}  // namespace

TEST_CASE("minisign signing: the kiosk's signature is accepted by minisign itself and by the screens") {
    const auto keys = kiosk::test::make_minisign_keys("sign");
    const auto secret = trust::parse_secret_key(kiosk::test::read_file(keys.secret_file()), std::nullopt);
    REQUIRE_MESSAGE(secret.has_value(), secret.error().message);
    const auto public_key = trust::parse_public_key(kiosk::test::read_file(keys.public_file()));
    REQUIRE(public_key.has_value());
    CHECK(secret->public_key().id == public_key->id);
    CHECK(secret->public_key().key == public_key->key);

    const std::string path = keys.dir + "/event.yaml";
    kiosk::test::write_file(path, kContent);
    const std::string comment = trust::trusted_comment_for("event.yaml", 1'800'000'000, 1'800'086'400);
    kiosk::test::write_file(path + ".minisig", trust::sign_message(bytes_of(kContent), *secret, comment));
    CHECK(kiosk::test::minisign_verifies(keys, path));
    const std::vector<trust::PublicKey> trusted{*public_key};
    const auto verified = trust::verify(bytes_of(kContent), kiosk::test::read_file(path + ".minisig"), trusted);
    REQUIRE_MESSAGE(verified.has_value(), verified.error().message);
    CHECK(verified->timestamp == std::optional<std::int64_t>(1'800'000'000));
    CHECK(verified->expires == std::optional<std::int64_t>(1'800'086'400));
    CHECK(verified->file == std::optional<std::string>("event.yaml"));

    // And minisign refuses it once the file changes: the signature is over these bytes.
    kiosk::test::write_file(path, kContent + "#");
    CHECK_FALSE(kiosk::test::minisign_verifies(keys, path));
}

TEST_CASE("minisign signing: an encrypted key opens with its password only") {
    const auto keys = kiosk::test::make_minisign_keys("encrypted", "correct horse");
    const std::string file = kiosk::test::read_file(keys.secret_file());
    CHECK(trust::parse_secret_key(file, std::nullopt).error().message.find("password is needed") != std::string::npos);
    CHECK(trust::parse_secret_key(file, std::string_view("wrong")).error().message.find("wrong password") !=
          std::string::npos);
    const auto secret = trust::parse_secret_key(file, std::string_view("correct horse"));
    REQUIRE_MESSAGE(secret.has_value(), secret.error().message);
    const std::string path = keys.dir + "/event.yaml";
    kiosk::test::write_file(path, kContent);
    kiosk::test::write_file(path + ".minisig", trust::sign_message(bytes_of(kContent), *secret,
                                                                   trust::trusted_comment_for("event.yaml", 1)));
    CHECK(kiosk::test::minisign_verifies(keys, path));
}

TEST_CASE("minisign signing: what is not a secret key file is refused with a reason") {
    const auto keys = kiosk::test::make_minisign_keys("not-secret");
    for (const std::string& bad : {kiosk::test::read_file(keys.public_file()), std::string(""),
                                   std::string("untrusted comment: x\nRWQAAEIy\n")}) {
        const auto secret = trust::parse_secret_key(bad, std::nullopt);
        REQUIRE_FALSE(secret.has_value());
        CHECK_FALSE(secret.error().message.empty());
    }
    // One flipped byte inside the key part of an unencrypted file: the pair no longer matches.
    std::string damaged = kiosk::test::read_file(keys.secret_file());
    const std::size_t at = damaged.find('\n') + 1 + 120;
    damaged[at] = damaged[at] == 'A' ? 'B' : 'A';
    CHECK_FALSE(trust::parse_secret_key(damaged, std::nullopt).has_value());
}
