// Real servers on 127.0.0.1 for the network tests: Debian's nginx and tests/net/fault_server.py.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "tests/support/child_process.h"

namespace kiosk::test {

// A self-signed certificate for 127.0.0.1, made with the openssl command.
struct TestCertificate {
    std::string cert_file;   // PEM
    std::string key_file;    // PEM
    std::string pin;         // "sha256//<base64>" of its public key, for CURLOPT_PINNEDPUBLICKEY
};
TestCertificate make_test_certificate();

// nginx serving `root` on a free loopback port, with its config, pid, logs and temp files in a
// folder of its own. The access log has one "<uri> <status>" line per request.
class NginxServer {
public:
    // Plain HTTP, or HTTPS with `tls`.
    explicit NginxServer(std::string root, std::optional<TestCertificate> tls = std::nullopt);
    // The content server `kiosk publish` uploads to: WebDAV PUT, behind basic authentication as
    // kPublishUser with kPublishPassword.
    static NginxServer with_uploads(std::string root);
    static constexpr const char* kPublishUser = "organiser";
    static constexpr const char* kPublishPassword = "publish-secret";
    std::string url(const std::string& path) const;  // path starts with '/'
    const std::string& root() const { return root_; }
    // Requests for `uri` answered with `status`, from the access log.
    int count(const std::string& uri, int status) const;

private:
    NginxServer(std::string root, std::optional<TestCertificate> tls, bool uploads);
    bool try_start(int port);

    std::string root_;
    std::string dir_;
    std::optional<TestCertificate> tls_;
    bool uploads_ = false;
    int port_ = 0;
    std::unique_ptr<ChildProcess> process_;
};

// The fault server: GET /_mode/<mode> sets how /content.yaml answers; PUT /content.yaml sets
// its good body; /fault/<mode> answers one request in that mode. See fault_server.py.
class FaultServer {
public:
    FaultServer();
    std::string url(const std::string& path) const;
    void set_mode(const std::string& mode);
    void set_body(const std::string& yaml);
    void set_date_offset(long seconds);
    int content_requests();

private:
    std::string control(const std::string& method, const std::string& path, const std::string& body = {});

    int port_ = 0;
    std::unique_ptr<ChildProcess> process_;
};

// True once a TCP connection to 127.0.0.1:port succeeds.
bool port_accepts(int port);
// A port nothing listened on a moment ago.
int free_port();

}  // namespace kiosk::test
