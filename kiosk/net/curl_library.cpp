// Global libcurl initialisation (TLS back end included), paired with its cleanup.
#include "kiosk/net/curl_library.h"

#include <curl/curl.h>

namespace kiosk {

Result<std::unique_ptr<CurlLibrary>> CurlLibrary::create() {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) return unexpected("libcurl failed to initialise");
    return std::make_unique<CurlLibrary>(Token{});
}

CurlLibrary::~CurlLibrary() { curl_global_cleanup(); }

}  // namespace kiosk
