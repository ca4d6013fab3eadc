// One-line-per-event logging to stderr, with journald priority prefixes under systemd.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::log {

enum class Level { Error = 3, Warning = 4, Info = 6, Debug = 7 };

void set_min_level(Level level);
Level min_level();
void write(Level level, std::string_view message);

inline void error(std::string_view m) { write(Level::Error, m); }
inline void warning(std::string_view m) { write(Level::Warning, m); }
inline void info(std::string_view m) { write(Level::Info, m); }
inline void debug(std::string_view m) { write(Level::Debug, m); }

// "error", "warning" (or "warn"), "info", "debug", case-blind; nothing for any other word.
std::optional<Level> parse_level(std::string_view name);
std::string_view level_name(Level level);

// Sets the level from $KIOSK_LOG_LEVEL when it names a level, else from `configured`, else info.
// The environment wins so that one run can be made verbose without editing the config file.
void apply_level(std::optional<Level> configured);

// The line exactly as written: "<4>kiosk: warning: message\n" under journald, no prefix otherwise.
std::string format_line(Level level, std::string_view message, bool journald);

// Keeps a failure that repeats every few seconds (an unreachable server, a broken image) to one
// line per window. Repeats inside the window are counted, and the next line says how many there
// were: "fetch failed: timeout (… repeated 120 times)". Time is a parameter, so tests need no
// sleeping; write_limited() below is the ready-made instance on the real clock.
class RateLimitedLog {
public:
    using Clock = std::chrono::steady_clock;
    using Sink = std::function<void(Level, std::string_view)>;

    explicit RateLimitedLog(std::chrono::seconds window = std::chrono::seconds(60), Sink sink = ::kiosk::log::write);

    // Writes `message` unless a message with the same key was written less than a window ago,
    // in which case it is counted instead. Returns whether a line was written.
    bool write(Level level, std::string_view key, std::string_view message, Clock::time_point now);
    // The condition behind `key` is over (the fetch worked again): reports the repeats not yet
    // reported and forgets the key, so that the next failure is written at once.
    void resolve(std::string_view key);
    // Reports the repeats of every key whose window has ended, so no count waits forever for a
    // next occurrence that never comes. Cheap enough to call once a second.
    void flush(Clock::time_point now);

private:
    struct Entry {
        Level level = Level::Info;
        std::string message;         // the latest text under this key
        Clock::time_point written;   // when a line for this key was last written
        int repeats = 0;             // occurrences since then that were not written
    };
    void report_repeats(Entry& entry);

    std::chrono::seconds window_;
    Sink sink_;
    std::map<std::string, Entry, std::less<>> entries_;
    std::mutex mutex_;
};

// The process-wide rate-limited log on the steady clock, with a one-minute window.
void write_limited(Level level, std::string_view key, std::string_view message);
void resolve_limited(std::string_view key);

}  // namespace kiosk::log
