// Fuzz target: a .minisig or public key as fetched beside content (hostile until verified).
#include "tests/fuzz/fuzz_input.h"

#include <string_view>

#include "kiosk/trust/minisign.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto key = kiosk::trust::parse_public_key(text);
    // A fixed key whose id matches every signature, so verification itself is reached.
    kiosk::trust::PublicKey any;
    const auto signature = kiosk::trust::parse_signature(text);
    if (signature) {
        any.id = signature->key_id;
        const kiosk::trust::PublicKey keys[] = {key ? *key : any, any};
        (void)kiosk::trust::verify(kiosk::fuzz::as_bytes(data, size), *signature, keys);
    }
    (void)kiosk::trust::read_trusted_comment(text);
    return 0;
}
