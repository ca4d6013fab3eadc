// Fuzz target: a content file's text, loaded and checked as the screen and `kiosk validate` load it.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/content/content_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::load_content_text(kiosk::fuzz::as_text(data, size), "fuzz.yaml");
    return 0;
}
