// Global libcurl initialisation (TLS back end included), paired with its cleanup.
#include "kiosk/net/curl_library.h"

#include <curl/curl.h>

#include <stdexcept>

namespace kiosk {

CurlLibrary::CurlLibrary() {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("libcurl failed to initialise");
}

CurlLibrary::~CurlLibrary() { curl_global_cleanup(); }

}  // namespace kiosk
