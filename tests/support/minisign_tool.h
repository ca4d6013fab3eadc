// The real minisign tool, for tests of signed content: key pairs and signatures made exactly as an
// organiser makes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kiosk::test {

struct MinisignKeys {
    std::string dir;
    std::string public_file() const { return dir + "/minisign.pub"; }
    std::string secret_file() const { return dir + "/minisign.key"; }
    std::string public_key() const;  // the one line, "RW…"
};

// A new key pair in a fresh folder, without a password or encrypted with `password`.
MinisignKeys make_minisign_keys(const std::string& name, const std::string& password = {});

// True when the real `minisign -V` accepts `path`.minisig for `path` with the pair's public key.
bool minisign_verifies(const MinisignKeys& keys, const std::string& path);

// Signs the file at `path` into `path`.minisig. With `timestamp`, the trusted comment is written
// as minisign writes it by default but with that time, so tests can order versions.
void minisign_sign(const MinisignKeys& keys, const std::string& path, std::optional<std::int64_t> timestamp = {},
                   const std::string& options = {});

}  // namespace kiosk::test
