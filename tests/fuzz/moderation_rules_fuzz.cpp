// Fuzz target: the moderation rules of `kiosk feed`, a rules file or a content file's `moderation:` map.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/import/moderation_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::import::read_moderation_rules(kiosk::fuzz::as_text(data, size), "rules.yaml");
    return 0;
}
