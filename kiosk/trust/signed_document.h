// What a screen with trusted keys accepts as a document: signed by one of them, for this file,
// and not older than what it accepted before (a correctly signed old version replayed by an
// attacker is refused). Pure: the caller fetches the signature and keeps the last timestamp.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/trust/minisign.h"

namespace kiosk::trust {

struct SignedVersion {
    KeyId key_id{};
    std::int64_t timestamp = 0;            // seconds since 1970, from the trusted comment
    std::optional<std::int64_t> expires;   // the organiser's freeze date, if any
};

// The name a signature's `file:` must give for the document at `source` (a URL or a path): the
// last part of its path, without query or fragment.
std::string signed_file_name(std::string_view source);

// `document` against `signature_text`: signed by one of `keys`, its trusted comment naming
// `file_name` and a timestamp no older than `last_timestamp`. The error is one line, for the
// log and the status file.
Result<SignedVersion> check_signed_document(std::span<const std::uint8_t> document, std::string_view signature_text,
                                            std::span<const PublicKey> keys, std::string_view file_name,
                                            std::optional<std::int64_t> last_timestamp);

// True when `version` carries an expiry and `now` (seconds since 1970) is past it.
bool expired(const SignedVersion& version, std::int64_t now);

}  // namespace kiosk::trust
