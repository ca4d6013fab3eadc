// Header parsing by hand, so it is exact, locale-free and testable without a server.
#include "kiosk/net/http_headers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <vector>

#include "kiosk/base/ascii_text.h"

namespace kiosk {
namespace {

// A header line loses its blanks in front, and its blanks and line end behind.
std::string_view trim_line(std::string_view s) { return trim_end(trim_start(s), kWhiteSpace); }

std::vector<std::string_view> split_words(std::string_view s, std::string_view separators) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto start = s.find_first_not_of(separators, i);
        if (start == std::string_view::npos) break;
        const auto end = s.find_first_of(separators, start);
        words.push_back(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
        i = end == std::string_view::npos ? s.size() : end;
    }
    return words;
}

std::optional<int> to_int(std::string_view s) {
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

std::optional<unsigned> month_of(std::string_view name) {
    static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (unsigned i = 0; i < kMonths.size(); ++i) {
        if (name == kMonths[i]) return i + 1;
    }
    return std::nullopt;
}

std::optional<Instant> compose(std::string_view day, std::string_view month, std::string_view year,
                               std::string_view time) {
    const auto d = to_int(day);
    const auto m = month_of(month);
    auto y = to_int(year);
    const auto hms = split_words(time, ":");
    if (!d || !m || !y || hms.size() != 3 || hms[0].size() != 2 || hms[1].size() != 2 || hms[2].size() != 2) {
        return std::nullopt;
    }
    // Two-digit years (RFC 850) are read as the nearest past century, as RFC 9110 advises.
    if (year.size() == 2) *y += *y < 70 ? 2000 : 1900;
    const auto h = to_int(hms[0]), mi = to_int(hms[1]), s = to_int(hms[2]);
    if (!h || !mi || !s || *h > 23 || *mi > 59 || *s > 60) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*y}, std::chrono::month{*m},
                                          std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok() || *d < 1) return std::nullopt;
    return std::chrono::sys_days{ymd} + std::chrono::hours{*h} + std::chrono::minutes{*mi} + std::chrono::seconds{*s};
}

}  // namespace

std::optional<Instant> parse_http_date(std::string_view text) {
    text = trim(text);
    if (const auto comma = text.find(','); comma != std::string_view::npos) {
        const auto w = split_words(text.substr(comma + 1), " -");
        if (w.size() != 5 || w[4] != "GMT") return std::nullopt;
        if (w[0].size() != 2 || (w[2].size() != 4 && w[2].size() != 2)) return std::nullopt;
        return compose(w[0], w[1], w[2], w[3]);
    }
    const auto w = split_words(text, " ");
    if (w.size() != 5 || w[4].size() != 4) return std::nullopt;
    return compose(w[2], w[1], w[4], w[3]);
}

std::optional<Instant> retry_after_instant(std::string_view value, Instant now) {
    value = trim(value);
    if (!value.empty() && std::isdigit(static_cast<unsigned char>(value.front()))) {
        long long seconds = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (ec != std::errc() || end != value.data() + value.size()) return std::nullopt;
        return now + std::chrono::seconds(std::min(seconds, 7LL * 24 * 3600));  // a week at most
    }
    return parse_http_date(value);
}

std::optional<int> parse_status_line(std::string_view line) {
    if (line.substr(0, 5) != "HTTP/") return std::nullopt;
    const auto w = split_words(trim_line(line), " ");
    if (w.size() < 2 || w[1].size() != 3) return std::nullopt;
    return to_int(w[1]);
}

std::optional<HeaderField> parse_header_field(std::string_view line) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    const std::string_view name = line.substr(0, colon);
    for (const char c : name) {
        if (c == ' ' || c == '\t') return std::nullopt;
    }
    return HeaderField{ascii_lower(name), std::string(trim_line(line.substr(colon + 1)))};
}

void ResponseHeaders::add_line(std::string_view line) {
    if (const auto code = parse_status_line(line)) {
        *this = ResponseHeaders{};
        status = *code;
        return;
    }
    const auto field = parse_header_field(line);
    if (!field) return;
    if (field->name == "etag") etag = field->value;
    else if (field->name == "last-modified") last_modified = field->value;
    else if (field->name == "content-type") content_type = field->value;
    else if (field->name == "date") date = parse_http_date(field->value);
    else if (field->name == "retry-after") retry_after = field->value;
    else if (field->name == "content-length") {
        std::uint64_t n = 0;
        const auto& v = field->value;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec == std::errc() && end == v.data() + v.size()) content_length = n;
    }
}

}  // namespace kiosk
