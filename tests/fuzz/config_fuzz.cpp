// Fuzz target: the kiosk's own config file (/etc/kiosk/kiosk.yaml), as `kiosk check-config` reads it.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/service/config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::load_config_text(kiosk::fuzz::as_text(data, size), "kiosk.yaml");
    return 0;
}
