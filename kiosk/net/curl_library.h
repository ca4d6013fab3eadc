// The libcurl global state, set up once in main before any thread starts and torn down at exit.
#pragma once

namespace kiosk {

// curl_global_init is not thread-safe, so main creates one guard before starting any thread.
// Creating it fails loudly (std::runtime_error) only when libcurl cannot start at all.
class CurlLibrary {
public:
    CurlLibrary();
    ~CurlLibrary();
    CurlLibrary(const CurlLibrary&) = delete;
    CurlLibrary& operator=(const CurlLibrary&) = delete;
};

}  // namespace kiosk
