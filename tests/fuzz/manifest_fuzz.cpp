// Fuzz target: a cached snapshot's manifest, read back from disk at start.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/cache/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::parse_manifest(kiosk::fuzz::as_text(data, size));
    return 0;
}
