// Fuzz target: a separate posts file, read in the event's zone as the screen reads it.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/cache/posts_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::load_posts_text(kiosk::fuzz::as_text(data, size), "posts.yaml", "https://venue.example/",
                                 "Europe/London");
    return 0;
}
