// Peak-RSS bounds are the release build's. Under AddressSanitizer every allocation carries
// redzones and freed memory waits in quarantine, so a process needs up to twice as much; the
// sanitizer suite then checks twice the bound, and the release suite checks the bound itself.
#pragma once

namespace kiosk::test {

constexpr long memory_bound_kib(long release_kib) {
#if defined(__SANITIZE_ADDRESS__)
    return 2 * release_kib;
#else
    return release_kib;
#endif
}

}  // namespace kiosk::test
