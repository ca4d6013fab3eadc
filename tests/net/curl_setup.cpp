// libcurl's global state for the network tests, set up before main as the kiosk does in main.
#include "kiosk/net/curl_library.h"

namespace {
// When libcurl cannot start, every fetch in the tests fails and says so.
const auto g_curl = kiosk::CurlLibrary::create();
}  // namespace
