// One HTTP(S) or file:// GET at a time with libcurl, under the kiosk's limits and TLS rules.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "kiosk/base/result.h"
#include "kiosk/net/curl_ptrs.h"
#include "kiosk/net/http_headers.h"

namespace kiosk {

struct FetchLimits {
    std::chrono::milliseconds connect_timeout{10'000};
    std::chrono::milliseconds total_timeout{60'000};
    long low_speed_bytes_per_second = 1024;              // slower than this ...
    std::chrono::seconds low_speed_time{15};             // ... for this long aborts the transfer
    std::size_t max_body_bytes = 4 * 1024 * 1024;        // after decompression
    long max_redirects = 5;
    std::size_t max_header_bytes = 64 * 1024;            // all header lines of the transfer, redirects included

    static FetchLimits for_content();  // 60 s in all, 4 MiB
    static FetchLimits for_image();    // 120 s in all, 16 MiB
};

// Verification of the server's certificate is always on, against the system's CA store. There
// is deliberately no setting to turn it off.
struct TlsOptions {
    std::string ca_file;            // a PEM bundle used instead of the system's (CURLOPT_CAINFO)
    std::string pinned_public_key;  // "sha256//<base64>[;sha256//...]" or a key file (CURLOPT_PINNEDPUBLICKEY)
};

struct FetchRequest {
    std::string url;
    bool allow_file = false;         // file:// is fetched only when the caller's policy allows it
    std::string if_none_match;       // an ETag from the last response, sent back as is
    std::string if_modified_since;   // a Last-Modified from the last response, sent back as is
};

struct FetchResponse {
    int status = 0;                  // 2xx, or 304 for an unchanged resource; 200 for file://
    std::string body;
    ResponseHeaders headers;
    std::string effective_url;       // after redirects

    bool not_modified() const { return status == 304; }
};

// What went wrong, named by what happened rather than by libcurl's code, so that a log line
// says it truthfully.
enum class FetchFailure {
    Network,       // anything else on the way: a connection reset, a local error
    Dns,           // the host name did not resolve
    Connect,       // no connection: refused, or the host unreachable
    Timeout,       // the connect timeout, the low-speed limit or the total timeout
    Tls,           // the certificate, its pin, or the TLS handshake
    ShortBody,     // the connection closed before the body reached its Content-Length
    TooLarge,      // past the body limit or the header limit
    BadResponse,   // not HTTP as it must be framed: garbage, bytes past the Content-Length
    HttpStatus,    // a status other than 2xx (or 304 answering a conditional request)
    RedirectLoop,  // more redirects than allowed
    Refused,       // a scheme or redirect target the kiosk does not fetch
    Cancelled,
};

// "dns", "timeout", "short body", ...: the kind as a word or two, for logs and tests.
const char* failure_name(FetchFailure kind);

struct FetchError {
    FetchFailure kind = FetchFailure::Network;
    std::string message;             // one line that names the URL and says what happened
    int status = 0;                  // the HTTP status, for HttpStatus
    std::optional<Instant> server_date;  // a Date header, when the server answered at all
    std::string retry_after;             // the Retry-After header of the answer, as sent
};

// Owns one curl easy handle, reused so that keep-alive connections serve consecutive requests.
// After a failed transfer every connection the handle holds is closed, so nothing a broken
// answer left behind is read as the next one. Not thread-safe: one client per thread.
class HttpClient {
public:
    // Fails only when libcurl cannot make a transfer handle (out of memory).
    static Result<HttpClient> create(TlsOptions tls = {});

    // Blocks until the transfer ends, within the limits' total timeout. When a kept-alive
    // connection turns out to be out of step (its answer is not HTTP before any status line),
    // the request is sent once more on a new connection, in what is left of that time.
    // `cancel`, when set and true, aborts it within a second.
    Result<FetchResponse, FetchError> get(const FetchRequest& request, const FetchLimits& limits,
                                          const std::atomic<bool>* cancel = nullptr);

private:
    struct Attempt;
    Attempt attempt(const FetchRequest& request, const FetchLimits& limits, const std::atomic<bool>* cancel);
    void close_connections_after(const Attempt& attempt);

    HttpClient(TlsOptions tls, CurlEasyPtr easy) : tls_(std::move(tls)), easy_(std::move(easy)) {}

    TlsOptions tls_;
    CurlEasyPtr easy_;
};

}  // namespace kiosk
