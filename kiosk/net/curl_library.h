// The libcurl global state, set up once in main before any thread starts and torn down at exit.
#pragma once

#include <memory>

#include "kiosk/base/result.h"

namespace kiosk {

// curl_global_init is not thread-safe, so main creates one guard before starting any thread.
// Creating it fails only when libcurl cannot start at all.
class CurlLibrary {
public:
    static Result<std::unique_ptr<CurlLibrary>> create();
    ~CurlLibrary();
    CurlLibrary(const CurlLibrary&) = delete;
    CurlLibrary& operator=(const CurlLibrary&) = delete;

private:
    // Only create() can name the token, yet std::make_unique can still call the constructor.
    struct Token {};

public:
    explicit CurlLibrary(Token) {}
};

}  // namespace kiosk
