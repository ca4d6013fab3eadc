// Content with the longest texts the format allows, generated when a test runs.
#include "tests/support/longest_texts.h"

#include <vector>

#include "kiosk/content/content_limits.h"

namespace kiosk::test {

namespace {

// Single words in several scripts: Latin wide and narrow letters, Arabic, CJK (which breaks
// between characters), and a mix that changes font and script at every character, emoji included.
const std::vector<std::vector<std::string>> kAlphabets = {
    {"W"}, {"\u0634"}, {"\u6F22"}, {"W", "\u0634", "\u6F22", "\U0001F600"}, {"m"},
};

// One word of `chars` characters (code points), the pattern picked by `i`.
std::string word(std::size_t i, std::size_t chars = kiosk::limits::kMaxFieldChars - 1) {
    const std::vector<std::string>& letters = kAlphabets[i % kAlphabets.size()];
    std::string out;
    for (std::size_t n = 0; n < chars; ++n) out += letters[n % letters.size()];
    return out;
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

std::string longest_texts_yaml() {
    std::string y = "version: 1\nevent:\n";
    y += "  title: " + quoted(word(0)) + "\n  subtitle: " + quoted(word(1)) + "\n  venue: " + quoted(word(2)) +
         "\n  address: " + quoted(word(3)) + "\n  time_zone: Europe/London\n  dates: [2023-10-09]\n  organisers:\n";
    for (std::size_t i = 0; i < 10; ++i) y += "    - " + quoted(word(i)) + "\n";
    y += "speakers:\n";
    std::string everyone;
    for (std::size_t i = 0; i < 16; ++i) {
        y += "  - id: s" + std::to_string(i) + "\n    name: " + quoted(word(i)) + "\n    role: " + quoted(word(i + 1)) +
             "\n    affiliation: " + quoted(word(i + 2)) + "\n    bio: " + quoted(word(i + 3)) + "\n";
        everyone += (i == 0 ? "s" : ", s") + std::to_string(i);
    }
    y += "programme:\n";
    for (std::size_t i = 0; i < 16; ++i) {
        const std::string hour = std::to_string(9 + i % 8), next = std::to_string(10 + i % 8);
        y += "  - id: p" + std::to_string(i) + "\n    title: " + quoted(word(i)) + "\n    start: \"2023-10-09 " +
             (hour.size() == 1 ? "0" : "") + hour + ":00\"\n    end: \"2023-10-09 " + (next.size() == 1 ? "0" : "") +
             next + ":00\"\n    room: " + quoted(word(i + 1)) + "\n    track: " + quoted(word(i + 2)) +
             "\n    description: " + quoted(word(i + 3)) + "\n    speakers: [" + everyone + "]\n";
    }
    y += "posts:\n";
    for (std::size_t i = 0; i < 16; ++i) {
        y += "  - id: q" + std::to_string(i) + "\n    author: " + quoted(word(i)) + "\n    handle: " + quoted(word(i + 1)) +
             "\n    time: \"2023-10-09 09:05\"\n    text: " + quoted(word(i + 2, kiosk::limits::kMaxPostChars)) +
             "\n    image_alt: " + quoted(word(i + 3)) + "\n";
    }
    y += "announcements:\n";
    for (std::size_t i = 0; i < 10; ++i) {
        y += "  - id: a" + std::to_string(i) + "\n    title: " + quoted(word(i)) + "\n    body: " + quoted(word(i + 1)) + "\n";
    }
    y += "display:\n  announcement_every: 1\n  slides:\n";
    for (const char* kind : {"programme", "speakers", "posts", "announcements"}) {
        y += std::string("    - kind: ") + kind + "\n      duration: 3\n      max: 0\n";
    }
    return y;
}

}  // namespace kiosk::test
