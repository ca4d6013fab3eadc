// Starting and stopping the test servers, and talking to the fault server's control paths.
#include "tests/net/test_servers.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

class Socket {
public:
    Socket() : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {}
    ~Socket() {
        if (fd_ >= 0) ::close(fd_);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};

sockaddr_in loopback(int port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

bool connect_to(const Socket& s, int port) {
    const sockaddr_in a = loopback(port);
    return ::connect(s.fd(), reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0;
}

std::string nginx_config(const std::string& dir, const std::string& root, int port,
                         const std::optional<TestCertificate>& tls, bool uploads) {
    std::ostringstream c;
    if (::geteuid() == 0) c << "user root;\n";
    c << "daemon off;\nmaster_process on;\nworker_processes 1;\n"
      << "pid " << dir << "/nginx.pid;\nerror_log " << dir << "/error.log warn;\n"
      << "events { worker_connections 64; }\n"
      << "http {\n"
      << "  types { application/yaml yaml; image/png png; image/jpeg jpg; text/html html; }\n"
      << "  default_type application/octet-stream;\n"
      << "  log_format kiosk '$uri $status';\n"
      << "  access_log " << dir << "/access.log kiosk;\n";
    for (const char* t : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
        c << "  " << t << "_temp_path " << dir << "/" << t << ";\n";
    }
    c << "  gzip on; gzip_min_length 0; gzip_types application/yaml;\n"
      << "  server {\n    listen 127.0.0.1:" << port << (tls ? " ssl" : "") << ";\n";
    if (tls) c << "    ssl_certificate " << tls->cert_file << ";\n    ssl_certificate_key " << tls->key_file << ";\n";
    c << "    root " << root << ";\n    etag on;\n";
    if (uploads) {
        c << "    location / {\n      dav_methods PUT;\n      create_full_put_path on;\n"
          << "      client_max_body_size 64m;\n      limit_except GET HEAD {\n"
          << "        auth_basic publish;\n        auth_basic_user_file " << dir << "/htpasswd;\n      }\n    }\n";
    }
    c << "  }\n}\n";
    return c.str();
}

}  // namespace

bool port_accepts(int port) {
    const Socket s;
    return connect_to(s, port);
}

int free_port() {
    const Socket s;
    sockaddr_in a = loopback(0);
    if (::bind(s.fd(), reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0) throw std::runtime_error("bind failed");
    socklen_t len = sizeof a;
    ::getsockname(s.fd(), reinterpret_cast<sockaddr*>(&a), &len);
    return ntohs(a.sin_port);
}

namespace {

// Runs a shell command line; its standard output, or an exception when it fails.
std::string shell(const std::string& command) {
    ChildProcess child({"/bin/sh", "-c", command}, true);
    std::string out;
    while (const auto line = child.read_line(std::chrono::seconds(20))) out += *line;
    if (child.wait() != 0) throw std::runtime_error("command failed: " + command);
    return out;
}

}  // namespace

TestCertificate make_test_certificate() {
    const std::string dir = make_temp_dir("tls");
    TestCertificate c{dir + "/cert.pem", dir + "/key.pem", {}};
    shell("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1"
          " -addext subjectAltName=IP:127.0.0.1 -keyout " + c.key_file + " -out " + c.cert_file + " 2>/dev/null");
    c.pin = "sha256//" + shell("openssl pkey -in " + c.key_file +
                               " -pubout -outform der | openssl dgst -sha256 -binary | openssl base64 -A");
    return c;
}

NginxServer::NginxServer(std::string root, std::optional<TestCertificate> tls)
    : NginxServer(std::move(root), std::move(tls), false) {}

NginxServer NginxServer::with_uploads(std::string root) {
    return NginxServer(std::move(root), std::nullopt, true);
}

NginxServer::NginxServer(std::string root, std::optional<TestCertificate> tls, bool uploads)
    : root_(std::move(root)), dir_(make_temp_dir("nginx")), tls_(std::move(tls)), uploads_(uploads) {
    if (uploads_) {
        std::ofstream(dir_ + "/htpasswd") << kPublishUser << ":"
                                          << shell(std::string("openssl passwd -apr1 ") + kPublishPassword) << "\n";
    }
    // Another test may take the free port between the check and nginx's bind: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (try_start(free_port())) return;
    }
    throw std::runtime_error("nginx did not start; see " + dir_ + "/error.log");
}

bool NginxServer::try_start(int port) {
    const std::string conf = dir_ + "/nginx.conf";
    std::ofstream(conf) << nginx_config(dir_, root_, port, tls_, uploads_);
    process_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{"/usr/sbin/nginx", "-p", dir_, "-c", conf, "-e", dir_ + "/error.log"}, false,
        /*detach_output=*/true);
    for (int i = 0; i < 500; ++i) {
        if (!process_->running()) return false;
        if (port_accepts(port)) {
            port_ = port;
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

std::string NginxServer::url(const std::string& path) const {
    return (tls_ ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port_) + path;
}

int NginxServer::count(const std::string& uri, int status) const {
    // nginx logs a request after it has sent the answer, so the client can get there first:
    // wait until the log has stopped growing for a moment (at most a second).
    const std::string path = dir_ + "/access.log";
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    for (int i = 0; i < 20; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const auto now = std::filesystem::file_size(path, ec);
        if (now == size && i >= 1) break;
        size = now;
    }
    std::ifstream log(path);
    std::string u;
    int s = 0, n = 0;
    while (log >> u >> s) n += (u == uri && s == status) ? 1 : 0;
    return n;
}

FaultServer::FaultServer() {
    const std::string script = source_dir() + "/tests/net/fault_server.py";
    process_ = std::make_unique<ChildProcess>(std::vector<std::string>{KIOSK_TEST_PYTHON, script}, true);
    const auto line = process_->read_line(std::chrono::seconds(20));
    if (!line) throw std::runtime_error("the fault server did not print its port");
    port_ = std::stoi(*line);
}

std::string FaultServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::string FaultServer::control(const std::string& method, const std::string& path, const std::string& body) {
    const Socket s;
    if (!connect_to(s, port_)) throw std::runtime_error("cannot reach the fault server");
    const std::string request = method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: " +
                                std::to_string(body.size()) + "\r\n\r\n" + body;
    if (::send(s.fd(), request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) {
        throw std::runtime_error("cannot send to the fault server");
    }
    std::string reply;
    char chunk[4096];
    for (ssize_t n; (n = ::recv(s.fd(), chunk, sizeof chunk, 0)) > 0;) reply.append(chunk, static_cast<std::size_t>(n));
    const auto blank = reply.find("\r\n\r\n");
    return blank == std::string::npos ? std::string() : reply.substr(blank + 4);
}

void FaultServer::set_mode(const std::string& mode) { control("GET", "/_mode/" + mode); }
void FaultServer::set_body(const std::string& yaml) { control("PUT", "/content.yaml", yaml); }
void FaultServer::set_date_offset(long seconds) { control("GET", "/_date/" + std::to_string(seconds)); }
int FaultServer::content_requests() { return std::stoi(control("GET", "/_count")); }

}  // namespace kiosk::test
