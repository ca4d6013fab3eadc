// Logging to stderr. Under systemd (JOURNAL_STREAM set) each line carries a <N> priority prefix.
#include "kiosk/base/log.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

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

}  // namespace

void set_min_level(Level level) { g_min_level = static_cast<int>(level); }

void write(Level level, std::string_view message) {
    if (static_cast<int>(level) > g_min_level) return;
    std::string line;
    if (under_journald()) line = "<" + std::to_string(static_cast<int>(level)) + ">";
    line += "kiosk: ";
    line += label(level);
    line += message;
    line += '\n';
    std::lock_guard lock(g_mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace kiosk::log
