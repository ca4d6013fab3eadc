// Fuzz target: a JSON Feed (1.0 or 1.1).
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/feed_items.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::import::import_json_feed(kiosk::fuzz::as_text(data, size),
                                          kiosk::import::ImportOptions{"feed.json", "", nullptr});
    return 0;
}
