// Unit tests of HTTP header parsing: dates in their three forms, status lines, validators.
#include <doctest/doctest.h>

#include <chrono>

#include "kiosk/net/http_headers.h"

using namespace std::chrono;
using kiosk::Instant;

namespace {
Instant at(int y, unsigned mo, unsigned d, int h, int mi, int s) {
    return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s};
}
}  // namespace

TEST_CASE("http date: the IMF-fixdate form is read") {
    CHECK(kiosk::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == at(1994, 11, 6, 8, 49, 37));
    CHECK(kiosk::parse_http_date("Mon, 09 Oct 2023 13:50:00 GMT") == at(2023, 10, 9, 13, 50, 0));
}

TEST_CASE("http date: the obsolete RFC 850 and asctime forms are read") {
    CHECK(kiosk::parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT") == at(1994, 11, 6, 8, 49, 37));
    CHECK(kiosk::parse_http_date("Sunday, 06-Nov-23 08:49:37 GMT") == at(2023, 11, 6, 8, 49, 37));
    CHECK(kiosk::parse_http_date("Sun Nov  6 08:49:37 1994") == at(1994, 11, 6, 8, 49, 37));
}

TEST_CASE("http date: malformed and impossible dates are refused") {
    CHECK_FALSE(kiosk::parse_http_date(""));
    CHECK_FALSE(kiosk::parse_http_date("yesterday"));
    CHECK_FALSE(kiosk::parse_http_date("Sun, 06 Nov 1994 08:49:37 CET"));
    CHECK_FALSE(kiosk::parse_http_date("Thu, 31 Feb 2023 08:49:37 GMT"));
    CHECK_FALSE(kiosk::parse_http_date("Sun, 06 Foo 1994 08:49:37 GMT"));
    CHECK_FALSE(kiosk::parse_http_date("Sun, 06 Nov 1994 25:49:37 GMT"));
    CHECK_FALSE(kiosk::parse_http_date("Sun, 06 Nov 1994 08:49 GMT"));
}

TEST_CASE("http headers: status lines of HTTP/1.1 and HTTP/2 give their code") {
    CHECK(kiosk::parse_status_line("HTTP/1.1 304 Not Modified\r\n") == 304);
    CHECK(kiosk::parse_status_line("HTTP/2 200\r\n") == 200);
    CHECK_FALSE(kiosk::parse_status_line("ETag: \"x\"\r\n"));
    CHECK_FALSE(kiosk::parse_status_line("HTTP/1.1 abc\r\n"));
}

TEST_CASE("http headers: field names are lower-cased and values trimmed") {
    const auto f = kiosk::parse_header_field("ETag:   W/\"5f-abc\"  \r\n");
    REQUIRE(f);
    CHECK(f->name == "etag");
    CHECK(f->value == "W/\"5f-abc\"");
    CHECK_FALSE(kiosk::parse_header_field("\r\n"));
    CHECK_FALSE(kiosk::parse_header_field("no colon here"));
    CHECK_FALSE(kiosk::parse_header_field("bad name: x"));
}

TEST_CASE("http headers: validators, type, length and date of the last response are kept") {
    kiosk::ResponseHeaders h;
    for (const char* line : {"HTTP/1.1 200 OK\r\n", "Date: Mon, 09 Oct 2023 13:50:00 GMT\r\n",
                             "Last-Modified: Mon, 09 Oct 2023 12:00:00 GMT\r\n", "ETag: \"65240e50-1f4\"\r\n",
                             "Content-Type: application/yaml\r\n", "Content-Length: 500\r\n", "\r\n"}) {
        h.add_line(line);
    }
    CHECK(h.status == 200);
    CHECK(h.etag == "\"65240e50-1f4\"");
    CHECK(h.last_modified == "Mon, 09 Oct 2023 12:00:00 GMT");
    CHECK(h.content_type == "application/yaml");
    CHECK(h.content_length == 500u);
    CHECK(h.date == at(2023, 10, 9, 13, 50, 0));
}

TEST_CASE("http headers: a redirect's headers are forgotten when the next response starts") {
    kiosk::ResponseHeaders h;
    h.add_line("HTTP/1.1 302 Found\r\n");
    h.add_line("ETag: \"redirect\"\r\n");
    h.add_line("Content-Length: 999999999\r\n");
    h.add_line("HTTP/1.1 200 OK\r\n");
    h.add_line("Content-Length: 10\r\n");
    CHECK(h.status == 200);
    CHECK(h.etag.empty());
    CHECK(h.content_length == 10u);
}

TEST_CASE("http headers: a content length that is not a number is ignored") {
    kiosk::ResponseHeaders h;
    h.add_line("HTTP/1.1 200 OK\r\n");
    h.add_line("Content-Length: 12abc\r\n");
    CHECK_FALSE(h.content_length);
}

TEST_CASE("retry-after: delay seconds count from the answer, an HTTP date is taken as it is") {
    const Instant now = at(2023, 10, 9, 16, 0, 0);
    CHECK(kiosk::retry_after_instant("120", now) == at(2023, 10, 9, 16, 2, 0));
    CHECK(kiosk::retry_after_instant(" 0 ", now) == now);
    CHECK(kiosk::retry_after_instant("Mon, 09 Oct 2023 16:30:00 GMT", now) == at(2023, 10, 9, 16, 30, 0));
    // A server asking for years is held to a week.
    CHECK(kiosk::retry_after_instant("999999999", now) == now + hours(24 * 7));
    CHECK_FALSE(kiosk::retry_after_instant("soon", now));
    CHECK_FALSE(kiosk::retry_after_instant("12s", now));
    CHECK_FALSE(kiosk::retry_after_instant("", now));
}

TEST_CASE("retry-after: the header is kept as sent, and a new status line starts afresh") {
    kiosk::ResponseHeaders h;
    h.add_line("HTTP/1.1 429 Too Many Requests\r\n");
    h.add_line("Retry-After: 30\r\n");
    CHECK(h.retry_after == "30");
    h.add_line("HTTP/1.1 200 OK\r\n");
    CHECK(h.retry_after.empty());
}
