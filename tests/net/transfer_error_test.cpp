// Naming failed transfers: the cases no local server can stage (DNS, connect timeouts, TLS handshakes).
#include <doctest/doctest.h>

#include <cerrno>

#include "kiosk/net/transfer_error.h"

using namespace std::chrono_literals;
using kiosk::FetchFailure;
using kiosk::TransferFacts;

namespace {

const std::string kUrl = "https://talks.example.org/event.yaml";

kiosk::FetchError classify(const TransferFacts& f) {
    return kiosk::classify_transfer_error(kUrl, f, kiosk::FetchLimits::for_content());
}

TransferFacts facts(CURLcode code, std::string detail) {
    TransferFacts f;
    f.code = code;
    f.detail = std::move(detail);
    return f;
}

}  // namespace

TEST_CASE("transfer error: a name that does not resolve is a DNS failure, not a network one") {
    const auto e = classify(facts(CURLE_COULDNT_RESOLVE_HOST, "Could not resolve host: talks.example.org"));
    CHECK(e.kind == FetchFailure::Dns);
    CHECK(e.message == kUrl + ": the host name did not resolve (Could not resolve host: talks.example.org)");
    CHECK(std::string(kiosk::failure_name(e.kind)) == "dns");
}

TEST_CASE("transfer error: a connect failure says refused or unreachable from the socket's error") {
    auto f = facts(CURLE_COULDNT_CONNECT, "Failed to connect");
    f.os_errno = ECONNREFUSED;
    CHECK(classify(f).message == kUrl + ": connection refused (Failed to connect)");
    f.os_errno = EHOSTUNREACH;
    CHECK(classify(f).message == kUrl + ": host unreachable (Failed to connect)");
    CHECK(classify(f).kind == FetchFailure::Connect);
}

TEST_CASE("transfer error: the three timeouts are told apart") {
    auto f = facts(CURLE_OPERATION_TIMEDOUT, "timed out");
    f.elapsed = 10s;
    CHECK(classify(f).message == kUrl + ": timed out: no connection within 10 s");
    f.connected = true;
    f.elapsed = 15s;
    CHECK(classify(f).message == kUrl + ": stalled: under 1024 bytes/s for 15 s (no answer)");
    f.status = 200;
    f.body_bytes = 5000;
    f.content_length = 90000;
    f.elapsed = 60s;
    CHECK(classify(f).message == kUrl + ": timed out: not finished within 60 s (HTTP 200, 5000 of 90000 bytes of the body)");
    CHECK(classify(f).kind == FetchFailure::Timeout);
}

TEST_CASE("transfer error: TLS failures of every kind are TLS, with libcurl's reason") {
    for (const CURLcode code : {CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_CONNECT_ERROR,
                                CURLE_SSL_CACERT_BADFILE}) {
        const auto e = classify(facts(code, "SSL certificate problem: certificate has expired"));
        CHECK(e.kind == FetchFailure::Tls);
        CHECK(e.message == kUrl + ": TLS failed: SSL certificate problem: certificate has expired");
    }
}

TEST_CASE("transfer error: an unsupported protocol is bad framing before a status line and a refused scheme after a redirect") {
    auto f = facts(CURLE_UNSUPPORTED_PROTOCOL, "Received HTTP/0.9 when not allowed");
    CHECK(classify(f).kind == FetchFailure::BadResponse);
    CHECK(kiosk::out_of_step_symptom(f));
    f.status = 302;
    f.detail = "Protocol \"file\" not supported or disabled in libcurl";
    CHECK(classify(f).kind == FetchFailure::Refused);
    CHECK_FALSE(kiosk::out_of_step_symptom(f));
}

TEST_CASE("transfer error: only failures before any status line are worth a new connection") {
    CHECK(kiosk::out_of_step_symptom(facts(CURLE_RECV_ERROR, "Connection reset by peer")));
    CHECK(kiosk::out_of_step_symptom(facts(CURLE_WEIRD_SERVER_REPLY, "Weird server reply")));
    CHECK_FALSE(kiosk::out_of_step_symptom(facts(CURLE_OPERATION_TIMEDOUT, "timed out")));
    CHECK_FALSE(kiosk::out_of_step_symptom(facts(CURLE_PARTIAL_FILE, "closed")));
    auto answered = facts(CURLE_RECV_ERROR, "Connection reset by peer");
    answered.status = 200;
    CHECK_FALSE(kiosk::out_of_step_symptom(answered));
}

TEST_CASE("transfer error: the limits the callbacks enforce are named with their size") {
    auto f = facts(CURLE_WRITE_ERROR, "Failure writing output to destination");
    f.body_too_large = true;
    CHECK(classify(f).message == kUrl + ": refused, larger than 4 MiB");
    f.body_too_large = false;
    f.headers_too_large = true;
    CHECK(classify(f).message == kUrl + ": refused, headers larger than 64 KiB");
    CHECK(classify(f).kind == FetchFailure::TooLarge);
}
