// One reused curl handle; each PUT streams its body from memory.
#include "kiosk/net/http_upload.h"

#include <algorithm>
#include <cstring>

namespace kiosk {
namespace {

struct Body {
    std::string_view bytes;
    std::size_t sent = 0;
};

std::size_t read_body(char* out, std::size_t size, std::size_t count, void* user) {
    auto* body = static_cast<Body*>(user);
    const std::size_t n = std::min(size * count, body->bytes.size() - body->sent);
    std::memcpy(out, body->bytes.data() + body->sent, n);
    body->sent += n;
    return n;
}

std::size_t discard(char*, std::size_t size, std::size_t count, void*) { return size * count; }

}  // namespace

Result<HttpUploader> HttpUploader::create(UploadOptions options) {
    CurlEasyPtr handle(curl_easy_init());
    if (!handle) return unexpected(std::string("libcurl cannot make a transfer handle"));
    return HttpUploader(std::move(options), std::move(handle));
}

Status HttpUploader::put(const std::string& url, std::string_view bytes) {
    CURL* h = handle_.get();
    curl_easy_reset(h);
    Body body{bytes, 0};
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, read_body);
    curl_easy_setopt(h, CURLOPT_READDATA, &body);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bytes.size()));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 300L);
    if (!options_.user.empty()) {
        curl_easy_setopt(h, CURLOPT_USERPWD, options_.user.c_str());
    } else {
        curl_easy_setopt(h, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
    }
    if (!options_.tls.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, options_.tls.ca_file.c_str());
    if (!options_.tls.pinned_public_key.empty()) {
        curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, options_.tls.pinned_public_key.c_str());
    }
    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK) return unexpected("cannot upload " + url + ": " + curl_easy_strerror(code));
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status >= 300) {
        return unexpected("cannot upload " + url + ": the server answered HTTP " + std::to_string(status) +
                          (status == 401 || status == 403 ? " (check --user or ~/.netrc)" :
                           status == 405 ? " (does it take PUT? nginx needs dav_methods PUT)" : ""));
    }
    return {};
}

}  // namespace kiosk
