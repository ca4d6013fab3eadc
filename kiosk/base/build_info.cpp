// Build facts from definitions CMake passes (KIOSK_VERSION, KIOSK_BUILD_DATE as YYYY-MM-DD).
#include "kiosk/base/build_info.h"

#include <charconv>
#include <string_view>

namespace kiosk {

std::string kiosk_version() { return KIOSK_VERSION; }

std::string user_agent() { return "kiosk/" + kiosk_version(); }

Instant build_day() {
    constexpr std::string_view text = KIOSK_BUILD_DATE;
    int y = 0;
    unsigned m = 0, d = 0;
    std::from_chars(text.data(), text.data() + 4, y);
    std::from_chars(text.data() + 5, text.data() + 7, m);
    std::from_chars(text.data() + 8, text.data() + 10, d);
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    return ymd.ok() ? Instant{std::chrono::sys_days{ymd}} : Instant{};
}

}  // namespace kiosk
