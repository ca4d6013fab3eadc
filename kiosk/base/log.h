// One-line-per-event logging to stderr, with journald priority prefixes under systemd.
#pragma once

#include <string_view>

namespace kiosk::log {

enum class Level { Error = 3, Warning = 4, Info = 6, Debug = 7 };

void set_min_level(Level level);
void write(Level level, std::string_view message);

inline void error(std::string_view m) { write(Level::Error, m); }
inline void warning(std::string_view m) { write(Level::Warning, m); }
inline void info(std::string_view m) { write(Level::Info, m); }
inline void debug(std::string_view m) { write(Level::Debug, m); }

}  // namespace kiosk::log
