// Naming a failed libcurl transfer by what happened (internal to kiosk_net).
#pragma once

#include <curl/curl.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/net/http_client.h"

namespace kiosk {

// What the transfer learnt before it failed, gathered from libcurl and the callbacks.
struct TransferFacts {
    CURLcode code = CURLE_OK;
    std::string detail;                          // libcurl's error buffer, or the text for its code
    int status = 0;                              // the last status line read; 0 when none
    bool connected = false;                      // a connection was made or reused
    long os_errno = 0;                           // the socket error behind a failed connect
    std::uint64_t body_bytes = 0;                // body bytes received, before decoding
    std::optional<std::uint64_t> content_length; // as announced by the last answer
    std::chrono::milliseconds elapsed{0};
    bool body_too_large = false;                 // the body callback stopped it at the limit
    bool headers_too_large = false;              // the header callback stopped it at the limit
    bool excess = false;                         // more bytes came than the Content-Length announced
};

FetchError classify_transfer_error(const std::string& url, const TransferFacts& facts, const FetchLimits& limits);

// True for a failure that a connection left out of step by an earlier answer can cause, before
// any status line of this answer was read: worth sending the request once more, on a new one.
bool out_of_step_symptom(const TransferFacts& facts);

}  // namespace kiosk
