// Fixture reading for the importer tests.
#include "import_test_support.h"

#include <date/tz.h>

#include <filesystem>

#include "tests/support/test_paths.h"

namespace kiosk::test {

std::optional<std::string> shared_format(const std::string& name) {
    const auto path = std::filesystem::path(source_dir()).parent_path() / "shared" / "formats" / name;
    if (!std::filesystem::exists(path)) return std::nullopt;
    return read_file(path.string());
}

Instant local_instant(const std::string& text, const std::string& zone) {
    std::istringstream in(text);
    date::local_seconds local;
    in >> date::parse("%Y-%m-%d %H:%M", local);
    return std::chrono::time_point_cast<std::chrono::seconds>(date::locate_zone(zone)->to_sys(local));
}

std::string local_clock_in(Instant t, const std::string& zone) {
    return date::format("%H:%M", date::make_zoned(date::locate_zone(zone), t).get_local_time());
}

const Session* session_titled(const import::ProgrammeImport& p, const std::string& title) {
    for (const auto& s : p.sessions)
        if (s.title == title) return &s;
    return nullptr;
}

std::string all_messages(const Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds) out += format_diagnostic(d) + "\n";
    return out;
}

}  // namespace kiosk::test
