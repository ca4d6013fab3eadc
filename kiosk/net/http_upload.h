// Uploading files with HTTP PUT, as WebDAV servers take them (nginx's dav_methods PUT, Apache's
// mod_dav): what `kiosk publish` sends to the content server. TLS is always verified.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/net/curl_ptrs.h"
#include "kiosk/net/http_client.h"

namespace kiosk {

struct UploadOptions {
    TlsOptions tls;
    std::string user;  // "name:password"; empty: the server's entry in ~/.netrc, if any
};

class HttpUploader {
public:
    static Result<HttpUploader> create(UploadOptions options);

    // PUTs `body` at `url`; the error names the URL and the server's answer.
    Status put(const std::string& url, std::string_view body);

private:
    HttpUploader(UploadOptions options, CurlEasyPtr handle) : options_(std::move(options)), handle_(std::move(handle)) {}

    UploadOptions options_;
    CurlEasyPtr handle_;
};

}  // namespace kiosk
