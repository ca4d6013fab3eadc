// The document checks, in the order a refusal is most useful to read.
#include "kiosk/trust/signed_document.h"

namespace kiosk::trust {

std::string signed_file_name(std::string_view source) {
    source = source.substr(0, source.find_first_of("?#"));
    const std::size_t slash = source.find_last_of('/');
    return std::string(slash == std::string_view::npos ? source : source.substr(slash + 1));
}

Result<SignedVersion> check_signed_document(std::span<const std::uint8_t> document, std::string_view signature_text,
                                            std::span<const PublicKey> keys, std::string_view file_name,
                                            std::optional<std::int64_t> last_timestamp) {
    auto verified = verify(document, signature_text, keys);
    if (!verified) return unexpected(verified.error());
    if (!verified->file || *verified->file != file_name) {
        return unexpected("the signature is for " + (verified->file ? "'" + *verified->file + "'" : std::string("no file")) +
                          ", not '" + std::string(file_name) + "'");
    }
    if (!verified->timestamp) return unexpected(std::string("the signature's trusted comment has no timestamp"));
    if (last_timestamp && *verified->timestamp < *last_timestamp) {
        return unexpected("an older version (signed at " + std::to_string(*verified->timestamp) +
                          ") than the one already accepted (signed at " + std::to_string(*last_timestamp) +
                          "): refused as a replay");
    }
    return SignedVersion{verified->key_id, *verified->timestamp, verified->expires};
}

bool expired(const SignedVersion& version, std::int64_t now) { return version.expires && now > *version.expires; }

}  // namespace kiosk::trust
