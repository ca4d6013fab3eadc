// Fuzz target: a response's header lines, fed one by one as curl hands them over, and each line
// read as a status line, a field, an HTTP date and a Retry-After value.
#include "tests/fuzz/fuzz_input.h"

#include "kiosk/net/http_headers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view rest = kiosk::fuzz::as_text(data, size);
    kiosk::ResponseHeaders headers;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        const auto line = rest.substr(0, end == std::string_view::npos ? rest.size() : end + 1);
        rest.remove_prefix(line.size());
        headers.add_line(line);
        (void)kiosk::parse_status_line(line);
        (void)kiosk::parse_header_field(line);
        (void)kiosk::parse_http_date(line);
        (void)kiosk::retry_after_instant(line, kiosk::Instant{});
    }
    return 0;
}
