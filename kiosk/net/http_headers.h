// Reading HTTP response headers: status lines, validators (ETag, Last-Modified) and dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/content/content_model.h"

namespace kiosk {

// The three forms RFC 9110 section 5.6.7 requires recipients to accept:
// "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994".
std::optional<Instant> parse_http_date(std::string_view text);

// When a Retry-After value (delay seconds or an HTTP date) allows the next request; `now` is the
// moment the answer came. Nothing for a value that is neither.
std::optional<Instant> retry_after_instant(std::string_view value, Instant now);

// The status code of "HTTP/1.1 304 Not Modified" or "HTTP/2 200"; nothing for other lines.
std::optional<int> parse_status_line(std::string_view line);

struct HeaderField {
    std::string name;   // lower-cased
    std::string value;  // without surrounding white space and line ending
};

// "ETag: \"abc\"\r\n" -> {"etag", "\"abc\""}; nothing for lines that are not fields.
std::optional<HeaderField> parse_header_field(std::string_view line);

// The headers of the last response in a transfer. A status line starts a new response, so the
// headers of redirects and of "100 Continue" are forgotten.
struct ResponseHeaders {
    int status = 0;
    std::string etag;           // exactly as sent, weak prefix and quotes included
    std::string last_modified;  // exactly as sent, for If-Modified-Since
    std::string content_type;
    std::optional<std::uint64_t> content_length;
    std::optional<Instant> date;
    std::string retry_after;    // exactly as sent: seconds, or an HTTP date (429 and 503 answers)

    void add_line(std::string_view line);
};

}  // namespace kiosk
