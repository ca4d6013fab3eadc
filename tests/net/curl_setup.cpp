// libcurl's global state for the network tests, set up before main as the kiosk does in main.
#include "kiosk/net/curl_library.h"

namespace {
const kiosk::CurlLibrary g_curl;
}  // namespace
