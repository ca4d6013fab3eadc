// Fuzz target: one page of pretalx's speakers API.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/pretalx_speakers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::import::import_pretalx_speakers(kiosk::fuzz::as_text(data, size),
                                                 kiosk::import::ImportOptions{"speakers.json", "", nullptr});
    return 0;
}
