// Signatures made by the real minisign (Debian's `minisign`), verified by the kiosk: what an
// organiser signs is accepted, and any change to the file, the signature or its trusted comment,
// or a signature by another key, is refused with a reason.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "kiosk/trust/minisign.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace {

namespace trust = kiosk::trust;

struct KeyPair {
    std::string dir;
    std::string public_file() const { return dir + "/k.pub"; }
    std::string secret_file() const { return dir + "/k.key"; }
};

void shell(const std::string& command) {
    INFO(command);
    REQUIRE(std::system((command + " >/dev/null 2>&1").c_str()) == 0);
}

KeyPair make_keys(const std::string& name) {
    KeyPair keys{kiosk::test::make_temp_dir("minisign-" + name)};
    shell("minisign -G -W -p " + keys.public_file() + " -s " + keys.secret_file());
    return keys;
}

// Signs `content` as `name` in the key's folder; returns the .minisig text.
std::string sign(const KeyPair& keys, const std::string& name, const std::string& content,
                 const std::string& options = "") {
    const std::string path = keys.dir + "/" + name;
    kiosk::test::write_file(path, content);
    shell("minisign -S " + options + " -s " + keys.secret_file() + " -m " + path);
    return kiosk::test::read_file(path + ".minisig");
}

std::vector<trust::PublicKey> trusted(std::initializer_list<const KeyPair*> pairs) {
    std::vector<trust::PublicKey> out;
    for (const KeyPair* keys : pairs) {
        const auto key = trust::parse_public_key(kiosk::test::read_file(keys->public_file()));
        REQUIRE_MESSAGE(key.has_value(), key.error().message);
        out.push_back(*key);
    }
    return out;
}

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

const std::string kContent = "event:\n  title: Signed\n";

}  // namespace

TEST_CASE("minisign: a file signed by minisign with a trusted key is accepted, with its timestamp and name") {
    const KeyPair keys = make_keys("good");
    for (const char* options : {"", "-l"}) {  // prehashed (the default) and the legacy format
        CAPTURE(options);
        const std::string signature = sign(keys, "event.yaml", kContent, std::string(options));
        const auto verified = trust::verify(bytes_of(kContent), signature, trusted({&keys}));
        REQUIRE_MESSAGE(verified.has_value(), verified.error().message);
        REQUIRE(verified->timestamp.has_value());
        CHECK(*verified->timestamp > 1'600'000'000);
        CHECK(verified->file == std::optional<std::string>("event.yaml"));
    }
}

TEST_CASE("minisign: one flipped byte in the file is refused") {
    const KeyPair keys = make_keys("flip-file");
    const std::string signature = sign(keys, "event.yaml", kContent);
    std::string changed = kContent;
    changed[8] ^= 0x01;
    const auto verified = trust::verify(bytes_of(changed), signature, trusted({&keys}));
    REQUIRE_FALSE(verified.has_value());
    CHECK(verified.error().message.find("changed after it was signed") != std::string::npos);
}

TEST_CASE("minisign: a changed signature or trusted comment is refused") {
    const KeyPair keys = make_keys("flip-sig");
    const std::string signature = sign(keys, "event.yaml", kContent);
    const std::size_t line2 = signature.find('\n') + 1;
    const std::size_t line3 = signature.find('\n', line2) + 1;

    std::string bad_signature = signature;
    bad_signature[line2 + 20] = bad_signature[line2 + 20] == 'A' ? 'B' : 'A';  // inside the signature bytes
    CHECK_FALSE(trust::verify(bytes_of(kContent), bad_signature, trusted({&keys})).has_value());

    // An attacker moves the timestamp forward to beat the rollback check: the comment is signed.
    std::string bad_comment = signature;
    const std::size_t digit = bad_comment.find("timestamp:", line3) + 10;
    bad_comment[digit] = bad_comment[digit] == '9' ? '8' : '9';
    const auto verified = trust::verify(bytes_of(kContent), bad_comment, trusted({&keys}));
    REQUIRE_FALSE(verified.has_value());
    CHECK(verified.error().message.find("trusted comment") != std::string::npos);
}

TEST_CASE("minisign: a signature by a key that is not trusted is refused, naming the key") {
    const KeyPair ours = make_keys("ours");
    const KeyPair theirs = make_keys("theirs");
    const std::string signature = sign(theirs, "event.yaml", kContent);
    const auto verified = trust::verify(bytes_of(kContent), signature, trusted({&ours}));
    REQUIRE_FALSE(verified.has_value());
    const auto key = trust::parse_public_key(kiosk::test::read_file(theirs.public_file()));
    REQUIRE(key.has_value());
    CHECK(verified.error().message.find(trust::key_id_text(key->id)) != std::string::npos);
    // minisign prints the same id in the public key file's comment.
    CHECK(kiosk::test::read_file(theirs.public_file()).find(trust::key_id_text(key->id)) != std::string::npos);
}

TEST_CASE("minisign: with two trusted keys, for a rotation, a signature by either is accepted") {
    const KeyPair old_key = make_keys("old");
    const KeyPair new_key = make_keys("new");
    const auto keys = trusted({&old_key, &new_key});
    CHECK(trust::verify(bytes_of(kContent), sign(old_key, "event.yaml", kContent), keys).has_value());
    CHECK(trust::verify(bytes_of(kContent), sign(new_key, "event.yaml", kContent), keys).has_value());
}

TEST_CASE("minisign: a key is read from its one line or from minisign's .pub file, and nothing else") {
    const KeyPair keys = make_keys("parse");
    const std::string file = kiosk::test::read_file(keys.public_file());
    const std::string line = file.substr(file.find('\n') + 1, 56);
    const auto from_file = trust::parse_public_key(file);
    const auto from_line = trust::parse_public_key(line);
    REQUIRE(from_file.has_value());
    REQUIRE(from_line.has_value());
    CHECK(from_file->key == from_line->key);
    for (const std::string& bad : {std::string(""), std::string("RW"), line.substr(0, 55), line + "A",
                                  "untrusted comment: x\n" + line + "\n" + line, std::string("not a key at all")}) {
        CAPTURE(bad);
        const auto key = trust::parse_public_key(bad);
        REQUIRE_FALSE(key.has_value());
        CHECK_FALSE(key.error().message.empty());
    }
}

TEST_CASE("minisign: a signature file that is not one is refused with a reason") {
    const KeyPair keys = make_keys("parse-sig");
    const std::string good = sign(keys, "event.yaml", kContent);
    const std::size_t line2 = good.find('\n') + 1;
    for (const std::string& bad : {std::string(""), std::string("untrusted comment: x\n"),
                                  good.substr(0, good.size() / 2), good.substr(line2),
                                  good.substr(0, line2) + "!!!!\n" + good.substr(good.find('\n', line2) + 1),
                                  good + std::string(5000, 'A')}) {
        CAPTURE(bad.substr(0, 80));
        const auto signature = trust::parse_signature(bad);
        REQUIRE_FALSE(signature.has_value());
        CHECK_FALSE(signature.error().message.empty());
    }
}

TEST_CASE("minisign: the trusted comment's fields are read as minisign and kiosk publish write them") {
    const auto fields = trust::read_trusted_comment("timestamp:1796317190\tfile:event.yaml\thashed\texpires:1796400000");
    CHECK(fields.timestamp == std::optional<std::int64_t>(1796317190));
    CHECK(fields.file == std::optional<std::string>("event.yaml"));
    CHECK(fields.expires == std::optional<std::int64_t>(1796400000));
    const auto odd = trust::read_trusted_comment("timestamp:-5\tfile:\tsomething else");
    CHECK_FALSE(odd.timestamp.has_value());
    CHECK(odd.file == std::optional<std::string>(""));
    CHECK_FALSE(odd.expires.has_value());
}
