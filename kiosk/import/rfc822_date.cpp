// RSS pubDate: read by curl_getdate, which knows RFC 822, RFC 850 and asctime forms and the zone
// names feeds write ("CEST", "JST", military letters), not only a handful. curl reads a day past
// the month's end as a later day ("31 Feb" as 3 March); such a date is refused here instead.
#include "kiosk/import/rfc822_date.h"

#include <curl/curl.h>

#include <array>
#include <string>
#include <vector>

#include "kiosk/base/ascii_text.h"

namespace kiosk::import {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    const auto separator = [](char c) { return c == ' ' || c == ',' || c == '\t' || c == '-'; };
    while (i < s.size()) {
        while (i < s.size() && separator(s[i])) ++i;
        const std::size_t start = i;
        while (i < s.size() && !separator(s[i])) ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

std::optional<int> number(std::string_view s) {
    if (s.empty() || s.size() > 4) return std::nullopt;
    int v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Whether the day, month and year written in `text` ("09 Oct 2023", "09-Oct-23", "Oct  9 ... 2023")
// make a real date; true when they cannot be told apart, which curl then judges alone.
bool real_day(std::string_view text) {
    const std::vector<std::string_view> w = words(text);
    for (std::size_t i = 0; i < w.size(); ++i) {
        const std::string name = ascii_lower(w[i].substr(0, 3));
        std::size_t m = 0;
        while (m < kMonths.size() && kMonths[m] != name) ++m;
        if (m == kMonths.size() || w[i].size() < 3) continue;
        std::optional<int> d = i > 0 ? number(w[i - 1]) : std::nullopt;
        std::optional<int> y = i + 1 < w.size() ? number(w[i + 1]) : std::nullopt;
        if (!d && i + 1 < w.size()) {  // asctime: "Mon Oct  9 16:30:00 2023"
            d = number(w[i + 1]);
            y = w.empty() ? std::nullopt : number(w.back());
        }
        if (!d || !y) return true;
        const int full_year = *y < 100 ? *y + (*y < 50 ? 2000 : 1900) : *y;
        return year_month_day{year{full_year}, month{static_cast<unsigned>(m + 1)}, day{static_cast<unsigned>(*d)}}.ok();
    }
    return true;
}

}  // namespace

std::optional<Instant> parse_rfc822(std::string_view text) {
    if (text.size() > 200) return std::nullopt;  // no date is this long; curl wants a C string
    const std::string copy(text);
    const time_t t = curl_getdate(copy.c_str(), nullptr);
    if (t == -1 || !real_day(text)) return std::nullopt;
    return Instant{seconds{t}};
}

}  // namespace kiosk::import
