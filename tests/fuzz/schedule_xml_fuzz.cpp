// Fuzz target: a frab or pentabarf schedule.xml export.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/schedule_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::import::import_schedule_xml(kiosk::fuzz::as_text(data, size),
                                             kiosk::import::ImportOptions{"schedule.xml", "", nullptr});
    return 0;
}
