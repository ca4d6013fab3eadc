// Logging to stderr. Under systemd (JOURNAL_STREAM set) each line carries a <N> priority prefix.
#include "kiosk/base/log.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace kiosk::log {
namespace {

std::atomic<int> g_min_level{static_cast<int>(Level::Info)};
std::mutex g_mutex;

bool under_journald() {
    static const bool journald = std::getenv("JOURNAL_STREAM") != nullptr;
    return journald;
}

const char* label(Level level) {
    switch (level) {
        case Level::Error: return "error: ";
        case Level::Warning: return "warning: ";
        case Level::Info: return "";
        case Level::Debug: return "debug: ";
    }
    return "";
}

bool equal_folded(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

// "message (… repeated 3 times)": the latest text, and how often it came without being written.
std::string with_repeats(std::string_view message, int repeats) {
    std::string line(message);
    if (repeats == 0) return line;
    line += " (\xE2\x80\xA6 repeated " + std::to_string(repeats) + (repeats == 1 ? " time)" : " times)");
    return line;
}

// Keys that have been quiet for this many windows are forgotten, which bounds the map.
constexpr int kForgetAfterWindows = 10;

}  // namespace

void set_min_level(Level level) { g_min_level = static_cast<int>(level); }

Level min_level() { return static_cast<Level>(g_min_level.load()); }

std::string format_line(Level level, std::string_view message, bool journald) {
    std::string line;
    if (journald) line = "<" + std::to_string(static_cast<int>(level)) + ">";
    line += "kiosk: ";
    line += label(level);
    line += message;
    line += '\n';
    return line;
}

void write(Level level, std::string_view message) {
    if (static_cast<int>(level) > g_min_level) return;
    const std::string line = format_line(level, message, under_journald());
    std::lock_guard lock(g_mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
}

std::optional<Level> parse_level(std::string_view name) {
    if (equal_folded(name, "error")) return Level::Error;
    if (equal_folded(name, "warning") || equal_folded(name, "warn")) return Level::Warning;
    if (equal_folded(name, "info")) return Level::Info;
    if (equal_folded(name, "debug")) return Level::Debug;
    return std::nullopt;
}

std::string_view level_name(Level level) {
    switch (level) {
        case Level::Error: return "error";
        case Level::Warning: return "warning";
        case Level::Info: return "info";
        case Level::Debug: return "debug";
    }
    return "info";
}

void apply_level(std::optional<Level> configured) {
    const char* env = std::getenv("KIOSK_LOG_LEVEL");
    std::optional<Level> from_env = env ? parse_level(env) : std::nullopt;
    set_min_level(from_env.value_or(configured.value_or(Level::Info)));
    if (env && *env && !from_env) {
        warning(std::string("KIOSK_LOG_LEVEL='") + env + "' is not a level (error, warning, info, debug); ignored");
    }
}

RateLimitedLog::RateLimitedLog(std::chrono::seconds window, Sink sink) : window_(window), sink_(std::move(sink)) {}

void RateLimitedLog::report_repeats(Entry& entry) {
    if (entry.repeats == 0) return;
    sink_(entry.level, with_repeats(entry.message, entry.repeats));
    entry.repeats = 0;
}

bool RateLimitedLog::write(Level level, std::string_view key, std::string_view message, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) {
        entries_.emplace(std::string(key), Entry{level, std::string(message), now, 0});
        sink_(level, message);
        return true;
    }
    Entry& entry = it->second;
    entry.level = level;
    if (now - entry.written < window_) {
        entry.message = message;
        ++entry.repeats;
        return false;
    }
    // The window is over: this occurrence is written, carrying the count of the silent ones.
    const int repeats = entry.repeats;
    entry.message = message;
    entry.written = now;
    entry.repeats = 0;
    sink_(level, with_repeats(message, repeats));
    return true;
}

void RateLimitedLog::resolve(std::string_view key) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return;
    report_repeats(it->second);
    entries_.erase(it);
}

void RateLimitedLog::flush(Clock::time_point now) {
    std::lock_guard lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end();) {
        Entry& entry = it->second;
        if (now - entry.written >= window_ && entry.repeats > 0) {
            report_repeats(entry);
            entry.written = now;
        }
        const bool idle = now - entry.written >= window_ * kForgetAfterWindows;
        it = idle ? entries_.erase(it) : std::next(it);
    }
}

namespace {

RateLimitedLog& shared_limited() {
    static RateLimitedLog instance;
    return instance;
}

}  // namespace

void write_limited(Level level, std::string_view key, std::string_view message) {
    auto& limited = shared_limited();
    const auto now = RateLimitedLog::Clock::now();
    limited.flush(now);
    limited.write(level, key, message, now);
}

void resolve_limited(std::string_view key) { shared_limited().resolve(key); }

}  // namespace kiosk::log
