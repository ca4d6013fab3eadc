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

void write_text(const std::string& path, const std::string& text, int age_seconds) {
    namespace fs = std::filesystem;
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    if (age_seconds != 0) {
        fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::seconds(age_seconds));
    }
}

}  // namespace kiosk::test
