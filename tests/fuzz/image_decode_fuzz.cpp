// Fuzz target: the decoders a photo reaches once the header check has passed it, whole and shrunk
// to cover a small box (libjpeg, libpng and libwebp driven directly, SDL_image's GIF loader).
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/render/image_decode.h"
#include "kiosk/render/image_header.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kiosk::ImageLimits limits;
    // Smaller than a photo's, so each input decodes within the fuzzer's timeout under ASan on a
    // loaded machine: a 2.7-megapixel GIF frame from 35 bytes took over 10 s here, decoded twice.
    limits.max_pixels = 1'000'000;
    const auto bytes = kiosk::fuzz::as_bytes(data, size);
    const auto info = kiosk::check_image(bytes, limits);
    if (!info) return 0;
    (void)kiosk::decode_to_cover(bytes, *info, kiosk::Size{}, limits);
    (void)kiosk::decode_to_cover(bytes, *info, kiosk::Size{7, 5}, limits);
    return 0;
}
