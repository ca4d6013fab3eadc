// Test content in the v1 format, kept minimal so the tests read as what they check.
#include "tests/cache/content_text.h"

#include <filesystem>
#include <fstream>

namespace kiosk::test {

std::string content_yaml(const std::string& title, const std::vector<std::string>& photos, const std::string& logo) {
    std::string y = "version: 1\nevent:\n  title: \"" + title + "\"\n  venue: Tate Liverpool\n  time_zone: Europe/London\n";
    if (!logo.empty()) y += "  logo: \"" + logo + "\"\n";
    y += "speakers:\n";
    for (std::size_t i = 0; i < photos.size(); ++i) {
        y += "  - id: speaker-" + std::to_string(i) + "\n    name: Speaker " + std::to_string(i) + "\n";
        if (!photos[i].empty()) y += "    photo: \"" + photos[i] + "\"\n";
    }
    if (photos.empty()) y += "  - id: host\n    name: The Host\n";
    y += "programme:\n  - title: Opening\n    start: \"2023-10-09 09:00\"\n    end: \"2023-10-09 09:30\"\n";
    return y;
}

std::string posts_yaml(const std::vector<std::string>& texts, const std::string& avatar) {
    std::string y = "posts:\n";
    for (std::size_t i = 0; i < texts.size(); ++i) {
        y += "  - id: post-" + std::to_string(i) + "\n    author: Connected by Data\n    time: \"2023-10-09 17:3" +
             std::to_string(i % 10) + "\"\n    text: \"" + texts[i] + "\"\n";
        if (!avatar.empty()) y += "    avatar: \"" + avatar + "\"\n";
    }
    return y;
}

std::string schedule_json(const std::string& session, const std::string& avatar) {
    const std::string person = R"({"code": "ABC123", "public_name": "Dana Cohen", "biography": "Works on maps.")" +
                               (avatar.empty() ? std::string() : R"(, "avatar": ")" + avatar + "\"") + "}";
    return R"({"schedule": {"version": "1", "conference": {"acronym": "t", "title": "Exported title",
  "time_zone_name": "Europe/London", "rooms": [{"name": "Main Hall"}],
  "days": [{"index": 1, "date": "2023-10-09", "rooms": {"Main Hall": [
    {"guid": "0f6b1a30-0000-4000-8000-000000000001", "id": 1, "date": "2023-10-09T17:30:00+01:00",
     "start": "17:30", "duration": "01:15", "room": "Main Hall", "title": ")" +
           session + R"(", "persons": [)" + person + "]}]}}]}}}\n";
}

std::string content_yaml_with_programme(const std::string& title, const std::string& source, const std::string& more) {
    return "version: 1\nevent:\n  title: \"" + title + "\"\n  venue: Tate Liverpool\n  time_zone: Europe/London\n" +
           "programme:\n  source: \"" + source + "\"\n" + more;
}

void write_text(const std::string& path, const std::string& text, int age_seconds) {
    namespace fs = std::filesystem;
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    if (age_seconds != 0) {
        fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::seconds(age_seconds));
    }
}

}  // namespace kiosk::test
