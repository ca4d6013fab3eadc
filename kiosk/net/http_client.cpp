// The libcurl transfer: options set per request, body and headers gathered by callbacks.
#include "kiosk/net/http_client.h"

#include <sys/socket.h>

#include <algorithm>
#include <charconv>
#include <string_view>

#include "kiosk/content/url_resolve.h"
#include "kiosk/base/build_info.h"
#include "kiosk/net/transfer_error.h"

namespace kiosk {
namespace {

// What the callbacks share with the request, for the length of one transfer.
struct Transfer {
    std::string body;
    ResponseHeaders headers;
    std::size_t max_body = 0;
    std::size_t max_header_bytes = 0;
    std::size_t header_bytes = 0;
    bool body_too_large = false;
    bool headers_too_large = false;
    bool excess = false;
    const std::atomic<bool>* cancel = nullptr;
};

bool accepts_body(int status) { return status == 0 || (status >= 200 && status < 300); }

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto& t = *static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    // libcurl holds one line at a time (up to 100 KiB); this bounds them all together, so
    // thousands of small headers cost no more than a few large ones.
    t.header_bytes += n;
    if (t.header_bytes > t.max_header_bytes) {
        t.headers_too_large = true;
        return 0;
    }
    t.headers.add_line(std::string_view(data, n));
    // Refuse early when the announced body is already too large, whatever arrives after.
    if (accepts_body(t.headers.status) && t.headers.content_length && *t.headers.content_length > t.max_body) {
        t.body_too_large = true;
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
        t.body_too_large = true;
        return 0;
    }
    t.body.append(data, n);
    return n;
}

// How many bytes libcurl's "Excess found ...: excess = 2, size = ..." says it cut off; more than
// a line end when the text cannot be read.
std::size_t excess_count(std::string_view text) {
    constexpr std::string_view kKey = "excess = ";
    const auto at = text.find(kKey);
    std::size_t n = 3;
    if (at != std::string_view::npos) {
        const char* begin = text.data() + at + kKey.size();
        std::from_chars(begin, text.data() + text.size(), n);
    }
    return n;
}

// Bytes past the Content-Length that arrive in the same read as the headers are cut off by
// libcurl, which closes the connection and reports success; it says so only in its
// informational text. The answer is then a server's mistake, not a document, so the transfer
// is failed for it; all but a stray line end (at most two bytes), which some scripts add.
int on_debug(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
    auto& t = *static_cast<Transfer*>(user);
    const std::string_view text(data, size);
    if (type == CURLINFO_TEXT && text.starts_with("Excess found") && excess_count(text) > 2) t.excess = true;
    return 0;
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

TransferFacts facts_of(CURL* easy, CURLcode rc, const Transfer& t, const char* detail,
                       std::chrono::steady_clock::time_point start) {
    TransferFacts f;
    f.code = rc;
    f.detail = detail[0] != '\0' ? std::string(detail) : std::string(curl_easy_strerror(rc));
    f.status = t.headers.status;
    f.content_length = t.headers.content_length;
    curl_off_t connect_time = 0, downloaded = 0;
    curl_easy_getinfo(easy, CURLINFO_CONNECT_TIME_T, &connect_time);
    curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
    curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &f.os_errno);
    f.connected = connect_time > 0 || t.headers.status != 0;
    f.body_bytes = static_cast<std::uint64_t>(downloaded);
    f.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    f.body_too_large = t.body_too_large;
    f.headers_too_large = t.headers_too_large;
    f.excess = t.excess;
    return f;
}

enum class Leftover { None, Blank, Bytes };

// libcurl reads no further than the Content-Length, so bytes sent past it otherwise wait in the
// kept-alive connection, to be read as the start of the next answer. Right after a complete
// answer nothing may be waiting on a plain HTTP/1 connection but the stray line ends some servers
// add (harmless to this answer, though not to the next one on the connection). Over TLS the bytes
// could be the server's session tickets, so those connections are left to the retry in get().
Leftover leftover_after_answer(CURL* easy) {
    char* scheme = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_SCHEME, &scheme) != CURLE_OK || !scheme || std::string_view(scheme) != "HTTP") {
        return Leftover::None;
    }
    curl_socket_t socket = CURL_SOCKET_BAD;
    if (curl_easy_getinfo(easy, CURLINFO_ACTIVESOCKET, &socket) != CURLE_OK || socket == CURL_SOCKET_BAD) {
        return Leftover::None;
    }
    char bytes[64];
    const ssize_t n = ::recv(socket, bytes, sizeof bytes, MSG_PEEK | MSG_DONTWAIT);
    if (n <= 0) return Leftover::None;
    const std::string_view seen(bytes, static_cast<std::size_t>(n));
    return seen.find_first_not_of("\r\n") == std::string_view::npos ? Leftover::Blank : Leftover::Bytes;
}

bool reused_connection(CURL* easy) {
    long connects = 0;
    return curl_easy_getinfo(easy, CURLINFO_NUM_CONNECTS, &connects) == CURLE_OK && connects == 0;
}

void set_callbacks(Options& o, Transfer& t) {
    o.set(CURLOPT_HEADERFUNCTION, &on_header);
    o.set(CURLOPT_HEADERDATA, static_cast<void*>(&t));
    o.set(CURLOPT_WRITEFUNCTION, &on_body);
    o.set(CURLOPT_WRITEDATA, static_cast<void*>(&t));
    o.set(CURLOPT_XFERINFOFUNCTION, &on_progress);
    o.set(CURLOPT_XFERINFODATA, static_cast<void*>(&t));
    o.set(CURLOPT_NOPROGRESS, 0L);
    o.set(CURLOPT_DEBUGFUNCTION, &on_debug);
    o.set(CURLOPT_DEBUGDATA, static_cast<void*>(&t));
    o.set(CURLOPT_VERBOSE, 1L);  // only so that on_debug hears of excess bytes; it prints nothing
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

// One try at a request: its result, and whether it failed as a connection out of step does.
struct HttpClient::Attempt {
    Result<FetchResponse, FetchError> result;
    bool out_of_step = false;     // failed as a connection out of step does: worth another try
    bool stray_bytes = false;     // succeeded, but left line ends behind in its connection
};

Result<HttpClient> HttpClient::create(TlsOptions tls) {
    CurlEasyPtr easy(curl_easy_init());
    if (!easy) return unexpected("libcurl could not create a transfer handle");
    return HttpClient(std::move(tls), std::move(easy));
}

Result<FetchResponse, FetchError> HttpClient::get(const FetchRequest& request, const FetchLimits& limits,
                                                  const std::atomic<bool>* cancel) {
    const auto scheme = uri_scheme(request.url);
    if (!(scheme == "file" && request.allow_file) && scheme != "http" && scheme != "https") {
        return unexpected(FetchError{FetchFailure::Refused, request.url + ": refused, only http(s) is fetched here", 0, std::nullopt, {}});
    }
    const auto start = std::chrono::steady_clock::now();
    Attempt first = attempt(request, limits, cancel);
    close_connections_after(first);
    // Bytes an earlier answer sent past its Content-Length were read as this answer's start.
    // A GET may be sent again, as browsers do when a kept-alive connection fails this way.
    const auto left = limits.total_timeout -
                      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    if (first.result || !first.out_of_step || left < std::chrono::seconds(1)) return std::move(first.result);
    FetchLimits rest = limits;
    rest.total_timeout = left;
    rest.connect_timeout = std::min(limits.connect_timeout, left);
    Attempt second = attempt(request, rest, cancel);
    close_connections_after(second);
    return std::move(second.result);
}

HttpClient::Attempt HttpClient::attempt(const FetchRequest& request, const FetchLimits& limits,
                                        const std::atomic<bool>* cancel) {
    const bool file = uri_scheme(request.url) == "file";
    CURL* easy = easy_.get();
    curl_easy_reset(easy);  // forgets the last request's options but keeps its open connections
    Transfer t;
    t.max_body = limits.max_body_bytes;
    t.max_header_bytes = limits.max_header_bytes;
    t.cancel = cancel;
    char detail[CURL_ERROR_SIZE] = {};
    const CurlSlistPtr headers = conditional_headers(request);
    const std::string agent = user_agent();
    Options o(easy);
    o.set(CURLOPT_URL, request.url.c_str());
    o.set(CURLOPT_NOSIGNAL, 1L);  // timeouts must not use signals in a threaded program
    set_protocols(o, file, limits);
    set_tls(o, tls_);
    set_limits(o, limits);
    o.set(CURLOPT_ACCEPT_ENCODING, "");
    o.set(CURLOPT_USERAGENT, agent.c_str());
    o.set(CURLOPT_HTTPHEADER, headers.get());
    o.set(CURLOPT_ERRORBUFFER, detail);
    set_callbacks(o, t);
    if (o.first_error() != CURLE_OK) {
        return {unexpected(FetchError{FetchFailure::Refused,
                                      request.url + ": libcurl refused an option: " + curl_easy_strerror(o.first_error()),
                                      0, std::nullopt, {}}),
                false};
    }
    const auto start = std::chrono::steady_clock::now();
    const CURLcode rc = curl_easy_perform(easy);
    Attempt a{FetchResponse{}, false, false};
    if (rc == CURLE_OK && !t.excess) {
        const Leftover leftover = leftover_after_answer(easy);
        t.excess = leftover == Leftover::Bytes;
        a.stray_bytes = leftover == Leftover::Blank;
    }
    if (rc == CURLE_OK && !t.excess) {
        a.result = finish(easy, request, t, file);
    } else {
        const TransferFacts facts = facts_of(easy, rc, t, detail, start);
        FetchError e = classify_transfer_error(request.url, facts, limits);
        e.server_date = t.headers.date;
        a.result = unexpected(std::move(e));
        a.out_of_step = !file && reused_connection(easy) && out_of_step_symptom(facts);
    }
    // The handle must not keep pointers to this call's buffers and header list.
    curl_easy_reset(easy);
    return a;
}

void HttpClient::close_connections_after(const Attempt& a) {
    // An answer with an error status came whole; any other failure may have left the
    // connection out of step, so none of this handle's connections is used again.
    const bool whole = a.result || a.result.error().kind == FetchFailure::HttpStatus;
    if (whole && !a.stray_bytes) return;
    // A new handle is the one sure way to close every connection the old one kept alive. When
    // even that fails (no memory), the old one goes on; a request it spoils is sent again.
    if (CurlEasyPtr fresh{curl_easy_init()}) easy_ = std::move(fresh);
}

}  // namespace kiosk
