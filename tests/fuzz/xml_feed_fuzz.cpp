// Fuzz target: an RSS 2.0 or Atom feed.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/feed_items.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::import::import_xml_feed(kiosk::fuzz::as_text(data, size),
                                         kiosk::import::ImportOptions{"feed.xml", "", nullptr});
    return 0;
}
