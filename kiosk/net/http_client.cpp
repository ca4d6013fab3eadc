// The libcurl transfer: options set per request, body and headers gathered by callbacks.
#include "kiosk/net/http_client.h"

#include <stdexcept>
#include <string_view>

#include "kiosk/content/url_resolve.h"
#include "kiosk/net/build_info.h"

namespace kiosk {
namespace {

// What the callbacks share with the request, for the length of one transfer.
struct Transfer {
    std::string body;
    ResponseHeaders headers;
    std::size_t max_body = 0;
    bool too_large = false;
    const std::atomic<bool>* cancel = nullptr;
};

bool accepts_body(int status) { return status == 0 || (status >= 200 && status < 300); }

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto& t = *static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    t.headers.add_line(std::string_view(data, n));
    // Refuse early when the announced body is already too large, whatever arrives after.
    if (accepts_body(t.headers.status) && t.headers.content_length && *t.headers.content_length > t.max_body) {
        t.too_large = true;
        return 0;
    }
    return n;
}

// The limit is enforced here on the decoded bytes, so neither a lying Content-Length nor a
// compression bomb gets past it.
std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto& t = *static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    if (t.body.size() + n > t.max_body) {
        t.too_large = true;
        return 0;
    }
    t.body.append(data, n);
    return n;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto& t = *static_cast<const Transfer*>(user);
    return t.cancel != nullptr && t.cancel->load() ? 1 : 0;
}

// Sets options in order and remembers the first one libcurl refused.
class Options {
public:
    explicit Options(CURL* easy) : easy_(easy) {}
    template <typename T>
    void set(CURLoption option, T value) {
        const CURLcode rc = curl_easy_setopt(easy_, option, value);
        if (rc != CURLE_OK && first_error_ == CURLE_OK) first_error_ = rc;
    }
    CURLcode first_error() const { return first_error_; }

private:
    CURL* easy_;
    CURLcode first_error_ = CURLE_OK;
};

void set_limits(Options& o, const FetchLimits& limits) {
    o.set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(limits.connect_timeout.count()));
    o.set(CURLOPT_TIMEOUT_MS, static_cast<long>(limits.total_timeout.count()));
    o.set(CURLOPT_LOW_SPEED_LIMIT, limits.low_speed_bytes_per_second);
    o.set(CURLOPT_LOW_SPEED_TIME, static_cast<long>(limits.low_speed_time.count()));
}

void set_protocols(Options& o, bool file, const FetchLimits& limits) {
    o.set(CURLOPT_PROTOCOLS_STR, file ? "file" : "http,https");
    o.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    o.set(CURLOPT_FOLLOWLOCATION, file ? 0L : 1L);
    o.set(CURLOPT_MAXREDIRS, limits.max_redirects);
}

void set_tls(Options& o, const TlsOptions& tls) {
    o.set(CURLOPT_SSL_VERIFYPEER, 1L);
    o.set(CURLOPT_SSL_VERIFYHOST, 2L);
    if (!tls.ca_file.empty()) o.set(CURLOPT_CAINFO, tls.ca_file.c_str());
    if (!tls.pinned_public_key.empty()) o.set(CURLOPT_PINNEDPUBLICKEY, tls.pinned_public_key.c_str());
}

CurlSlistPtr conditional_headers(const FetchRequest& r) {
    curl_slist* list = nullptr;
    const auto add = [&list](const std::string& line) {
        if (curl_slist* grown = curl_slist_append(list, line.c_str())) list = grown;
    };
    if (!r.if_none_match.empty()) add("If-None-Match: " + r.if_none_match);
    if (!r.if_modified_since.empty()) add("If-Modified-Since: " + r.if_modified_since);
    return CurlSlistPtr(list);
}

std::string size_text(std::size_t bytes) {
    return bytes % (1024 * 1024) == 0 ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

FetchError transfer_error(const FetchRequest& r, CURLcode rc, const Transfer& t, const char* detail,
                          const FetchLimits& limits) {
    FetchError e;
    e.server_date = t.headers.date;
    const std::string what = detail[0] != '\0' ? std::string(detail) : std::string(curl_easy_strerror(rc));
    switch (rc) {
        case CURLE_OPERATION_TIMEDOUT: e.kind = FetchFailure::Timeout; break;
        case CURLE_ABORTED_BY_CALLBACK: e.kind = FetchFailure::Cancelled; break;
        case CURLE_UNSUPPORTED_PROTOCOL: e.kind = FetchFailure::Refused; break;
        default: e.kind = t.too_large ? FetchFailure::TooLarge : FetchFailure::Network; break;
    }
    if (e.kind == FetchFailure::TooLarge) {
        e.message = r.url + ": refused, larger than " + size_text(limits.max_body_bytes);
    } else if (e.kind == FetchFailure::Refused) {
        e.message = r.url + ": refused, it leads to a scheme the kiosk does not fetch (" + what + ")";
    } else if (rc == CURLE_TOO_MANY_REDIRECTS) {
        e.message = r.url + ": more than " + std::to_string(limits.max_redirects) + " redirects";
    } else {
        e.message = r.url + ": " + what;
    }
    return e;
}

Result<FetchResponse, FetchError> finish(CURL* easy, const FetchRequest& r, Transfer& t, bool file) {
    long code = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &code);
    const int status = file ? 200 : static_cast<int>(code);
    const bool conditional = !r.if_none_match.empty() || !r.if_modified_since.empty();
    if (!(status >= 200 && status < 300) && !(status == 304 && conditional)) {
        return unexpected(FetchError{FetchFailure::HttpStatus, r.url + ": HTTP " + std::to_string(status), status,
                                     t.headers.date, t.headers.retry_after});
    }
    FetchResponse response{status, std::move(t.body), std::move(t.headers), r.url};
    char* effective = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective) {
        response.effective_url = effective;
    }
    return response;
}

}  // namespace

FetchLimits FetchLimits::for_content() { return {}; }

FetchLimits FetchLimits::for_image() {
    FetchLimits limits;
    limits.total_timeout = std::chrono::seconds{120};
    limits.max_body_bytes = 16 * 1024 * 1024;
    return limits;
}

HttpClient::HttpClient(TlsOptions tls) : tls_(std::move(tls)), easy_(curl_easy_init()) {
    if (!easy_) throw std::runtime_error("libcurl could not create a transfer handle");
}

Result<FetchResponse, FetchError> HttpClient::get(const FetchRequest& request, const FetchLimits& limits,
                                                  const std::atomic<bool>* cancel) {
    const auto scheme = uri_scheme(request.url);
    const bool file = scheme == "file";
    if (!(file && request.allow_file) && scheme != "http" && scheme != "https") {
        return unexpected(FetchError{FetchFailure::Refused, request.url + ": refused, only http(s) is fetched here", 0, std::nullopt, {}});
    }
    CURL* easy = easy_.get();
    curl_easy_reset(easy);  // forgets the last request's options but keeps its open connections
    Transfer t;
    t.max_body = limits.max_body_bytes;
    t.cancel = cancel;
    char detail[CURL_ERROR_SIZE] = {};
    const CurlSlistPtr headers = conditional_headers(request);
    Options o(easy);
    o.set(CURLOPT_URL, request.url.c_str());
    o.set(CURLOPT_NOSIGNAL, 1L);  // timeouts must not use signals in a threaded program
    set_protocols(o, file, limits);
    set_tls(o, tls_);
    set_limits(o, limits);
    o.set(CURLOPT_ACCEPT_ENCODING, "");
    const std::string agent = user_agent();
    o.set(CURLOPT_USERAGENT, agent.c_str());
    o.set(CURLOPT_HTTPHEADER, headers.get());
    o.set(CURLOPT_ERRORBUFFER, detail);
    o.set(CURLOPT_HEADERFUNCTION, &on_header);
    o.set(CURLOPT_HEADERDATA, static_cast<void*>(&t));
    o.set(CURLOPT_WRITEFUNCTION, &on_body);
    o.set(CURLOPT_WRITEDATA, static_cast<void*>(&t));
    o.set(CURLOPT_XFERINFOFUNCTION, &on_progress);
    o.set(CURLOPT_XFERINFODATA, static_cast<void*>(&t));
    o.set(CURLOPT_NOPROGRESS, 0L);
    if (o.first_error() != CURLE_OK) {
        return unexpected(FetchError{FetchFailure::Refused,
                                     request.url + ": libcurl refused an option: " + curl_easy_strerror(o.first_error()), 0,
                                     std::nullopt, {}});
    }
    const CURLcode rc = curl_easy_perform(easy);
    auto result = rc == CURLE_OK ? finish(easy, request, t, file)
                                 : Result<FetchResponse, FetchError>(unexpected(transfer_error(request, rc, t, detail, limits)));
    // The handle must not keep pointers to this call's buffers and header list.
    curl_easy_reset(easy);
    return result;
}

}  // namespace kiosk
