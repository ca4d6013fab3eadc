// Fuzz target: the header check every fetched photo passes before a decoder sees it.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/render/image_header.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::check_image(kiosk::fuzz::as_bytes(data, size), kiosk::ImageLimits{});
    return 0;
}
