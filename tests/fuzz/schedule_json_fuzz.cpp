// Fuzz target: a pretalx or frab schedule.json export.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/schedule_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::import::import_schedule_json(kiosk::fuzz::as_text(data, size),
                                              kiosk::import::ImportOptions{"schedule.json", "", nullptr});
    return 0;
}
