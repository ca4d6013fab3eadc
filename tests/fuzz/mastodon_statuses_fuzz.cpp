// Fuzz target: a Mastodon timeline, or one status.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/mastodon_statuses.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::import::import_mastodon_statuses(kiosk::fuzz::as_text(data, size),
                                                  kiosk::import::ImportOptions{"statuses.json", "", nullptr});
    return 0;
}
