// Parsing `kiosk run`'s options: every value is checked here, so the run itself never fails on one.
#include "kiosk/app/run_options.h"

#include <charconv>
#include <cstdlib>

namespace kiosk {

const char* const kRunUsage =
    "usage: kiosk run [--content PATH|URL] [--config FILE] [--cache DIR] [--window WxH]\n"
    "                 [--at \"YYYY-MM-DD HH:MM\"] [--speed X]\n"
    "Shows the slides fullscreen (or in a window with --window). Without --content it shows the\n"
    "config's content_url, else the bundled sample. --at starts the screen's clock at that local\n"
    "event time and lets it run (--speed times as fast). Without a display, use `kiosk render`.\n";

namespace {

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<double> parse_positive(const std::string& text) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !(value > 0.0) || value > 100000.0) return std::nullopt;
    return value;
}

// Sets the option `flag` from `value`; an error line when either is wrong.
std::optional<std::string> apply(RunOptions& o, const std::string& flag, const std::string& value) {
    if (flag == "--content") o.content = value;
    else if (flag == "--config") o.config = value;
    else if (flag == "--cache") o.cache = value;
    else if (flag == "--at") o.at = value;
    else if (flag == "--screenshot-dir") o.screenshot_dir = value;
    else if (flag == "--window") {
        o.window = parse_size(value);
        if (!o.window) return "--window wants WIDTHxHEIGHT, e.g. 1280x720, not '" + value + "'";
    } else if (flag == "--speed") {
        const auto speed = parse_positive(value);
        if (!speed) return "--speed wants a positive number, not '" + value + "'";
        o.speed = *speed;
    } else if (flag == "--exit-after") {
        const auto seconds = parse_positive(value);
        if (!seconds) return "--exit-after wants a number of seconds, not '" + value + "'";
        o.exit_after = std::chrono::milliseconds(static_cast<long long>(*seconds * 1000.0));
    } else {
        return "unknown option '" + flag + "'";
    }
    return std::nullopt;
}

}  // namespace

std::optional<Size> parse_size(const std::string& text) {
    const auto x = text.find('x');
    if (x == std::string::npos) return std::nullopt;
    const auto w = parse_int(std::string_view(text).substr(0, x));
    const auto h = parse_int(std::string_view(text).substr(x + 1));
    if (!w || !h || *w < 64 || *h < 64 || *w > 16384 || *h > 16384) return std::nullopt;
    return Size{*w, *h};
}

Result<RunOptions> parse_run_options(const Args& args) {
    RunOptions o;
    for (std::size_t i = 0; i < args.size(); i += 2) {
        if (i + 1 >= args.size()) return unexpected("option '" + args[i] + "' wants a value");
        if (auto error = apply(o, args[i], args[i + 1])) return unexpected(*error);
    }
    if (o.speed != 1.0 && !o.at) return unexpected(std::string("--speed needs --at"));
    return o;
}

}  // namespace kiosk
