// Fuzz target: HTML from posts, feed items and abstracts, turned into the text a screen shows.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/html_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto html = kiosk::fuzz::as_text(data, size);
    (void)kiosk::import::looks_like_html(html);
    (void)kiosk::import::html_to_text(html);
    return 0;
}
