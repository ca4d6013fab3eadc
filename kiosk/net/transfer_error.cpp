// Failed transfers named by what happened: libcurl's codes grouped, with the numbers that explain them.
#include "kiosk/net/transfer_error.h"

#include <cerrno>

namespace kiosk {
namespace {

std::string size_text(std::size_t bytes) {
    if (bytes % (1024 * 1024) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

std::string seconds_text(std::chrono::milliseconds d) {
    const auto ms = d.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

std::string received_text(const TransferFacts& f) {
    if (f.status == 0) return "no answer";
    std::string text = "HTTP " + std::to_string(f.status) + ", " + std::to_string(f.body_bytes);
    if (f.content_length) text += " of " + std::to_string(*f.content_length);
    return text + " bytes of the body";
}

// The three limits that end a slow transfer, told apart by when and where it stopped.
std::string timeout_text(const TransferFacts& f, const FetchLimits& limits) {
    if (!f.connected) return "timed out: no connection within " + seconds_text(limits.connect_timeout);
    // The total timeout is the one that ends a transfer this late; anything sooner is the low-speed limit.
    if (f.elapsed + std::chrono::milliseconds(100) >= limits.total_timeout) {
        return "timed out: not finished within " + seconds_text(limits.total_timeout) + " (" + received_text(f) + ")";
    }
    return "stalled: under " + std::to_string(limits.low_speed_bytes_per_second) + " bytes/s for " +
           seconds_text(limits.low_speed_time) + " (" + received_text(f) + ")";
}

std::string connect_text(const TransferFacts& f) {
    switch (f.os_errno) {
        case ECONNREFUSED: return "connection refused";
        case ENETUNREACH:
        case EHOSTUNREACH: return "host unreachable";
        default: return "could not connect";
    }
}

FetchFailure kind_of(const TransferFacts& f) {
    if (f.body_too_large || f.headers_too_large) return FetchFailure::TooLarge;
    switch (f.code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY: return FetchFailure::Dns;
        case CURLE_COULDNT_CONNECT: return FetchFailure::Connect;
        case CURLE_OPERATION_TIMEDOUT: return FetchFailure::Timeout;
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_SSL_CRL_BADFILE: return FetchFailure::Tls;
        case CURLE_PARTIAL_FILE: return FetchFailure::ShortBody;
        case CURLE_OUT_OF_MEMORY:  // libcurl's own cap on one header line
        case CURLE_FILESIZE_EXCEEDED: return FetchFailure::TooLarge;
        case CURLE_WEIRD_SERVER_REPLY:
        case CURLE_BAD_CONTENT_ENCODING:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
        case CURLE_HTTP3:
        case CURLE_GOT_NOTHING: return FetchFailure::BadResponse;
        case CURLE_TOO_MANY_REDIRECTS: return FetchFailure::RedirectLoop;
        case CURLE_ABORTED_BY_CALLBACK: return FetchFailure::Cancelled;
        case CURLE_UNSUPPORTED_PROTOCOL:
            // Before any status line it is an answer that is not HTTP at all ("HTTP/0.9"); after a
            // redirect it is a Location with a scheme the kiosk does not fetch.
            return f.status == 0 ? FetchFailure::BadResponse : FetchFailure::Refused;
        default: return FetchFailure::Network;
    }
}

std::string what_happened(FetchFailure kind, const TransferFacts& f, const FetchLimits& limits) {
    switch (kind) {
        case FetchFailure::Dns: return "the host name did not resolve (" + f.detail + ")";
        case FetchFailure::Connect: return connect_text(f) + " (" + f.detail + ")";
        case FetchFailure::Timeout: return timeout_text(f, limits);
        case FetchFailure::Tls: return "TLS failed: " + f.detail;
        case FetchFailure::ShortBody:
            return "short body: the connection closed after " + received_text(f);
        case FetchFailure::TooLarge:
            if (f.body_too_large) return "refused, larger than " + size_text(limits.max_body_bytes);
            if (f.headers_too_large) return "refused, headers larger than " + size_text(limits.max_header_bytes);
            return "refused, too large (" + f.detail + ")";
        case FetchFailure::BadResponse:
            if (f.excess && f.content_length) {
                return "bad HTTP framing: more bytes than the Content-Length of " +
                       std::to_string(*f.content_length) + " announced";
            }
            if (f.excess) return "bad HTTP framing: more bytes after the end of the answer";
            return "bad HTTP framing: the answer is not valid HTTP (" + f.detail + ")";
        case FetchFailure::RedirectLoop: return "more than " + std::to_string(limits.max_redirects) + " redirects";
        case FetchFailure::Refused: return "refused, it leads to a scheme the kiosk does not fetch (" + f.detail + ")";
        case FetchFailure::Cancelled: return "cancelled";
        case FetchFailure::HttpStatus: return "HTTP " + std::to_string(f.status);
        case FetchFailure::Network: break;
    }
    return "network error (" + f.detail + ")";
}

}  // namespace

const char* failure_name(FetchFailure kind) {
    switch (kind) {
        case FetchFailure::Network: return "network";
        case FetchFailure::Dns: return "dns";
        case FetchFailure::Connect: return "connect";
        case FetchFailure::Timeout: return "timeout";
        case FetchFailure::Tls: return "tls";
        case FetchFailure::ShortBody: return "short body";
        case FetchFailure::TooLarge: return "too large";
        case FetchFailure::BadResponse: return "bad framing";
        case FetchFailure::HttpStatus: return "http status";
        case FetchFailure::RedirectLoop: return "redirect loop";
        case FetchFailure::Refused: return "refused";
        case FetchFailure::Cancelled: return "cancelled";
    }
    return "network";
}

FetchError classify_transfer_error(const std::string& url, const TransferFacts& facts, const FetchLimits& limits) {
    FetchError e;
    e.kind = facts.excess && facts.code == CURLE_OK ? FetchFailure::BadResponse : kind_of(facts);
    e.message = url + ": " + what_happened(e.kind, facts, limits);
    return e;
}

bool out_of_step_symptom(const TransferFacts& facts) {
    if (facts.status != 0 || facts.excess) return false;
    switch (facts.code) {
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_WEIRD_SERVER_REPLY:
        case CURLE_GOT_NOTHING:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR: return true;
        default: return false;
    }
}

}  // namespace kiosk
