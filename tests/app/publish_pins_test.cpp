// The pins `kiosk publish` writes into the organiser's text: at each reference's place, whatever
// its quoting, each file read once, and only files beside the content file.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "kiosk/app/publish_pins.h"
#include "kiosk/cache/sha256.h"

namespace {

struct Files {
    std::map<std::string, std::string> bytes;
    std::map<std::string, int> reads;
    kiosk::RelativeReader reader() {
        return [this](const std::string& path) -> kiosk::Result<std::string> {
            ++reads[path];
            const auto found = bytes.find(path);
            if (found == bytes.end()) return kiosk::unexpected("no such file");
            return found->second;
        };
    }
};

std::string pin(const std::string& bytes) { return "#sha256=" + kiosk::sha256_hex(bytes); }

}  // namespace

TEST_CASE("publish pins: plain, quoted and already pinned references are pinned in place, each file read once") {
    Files files;
    files.bytes = {{"logo.png", "L"}, {"a.jpg", "A"}, {"b b.jpg", "B"}, {"talks.json", "{}"}};
    const std::string text =
        "# comment kept\n"
        "event:\n  title: T\n  logo: logo.png\n"
        "speakers:\n  - id: a\n    photo: a.jpg   # the host\n"
        "  - id: b\n    photo: \"b b.jpg\"\n"
        "  - id: c\n    photo: 'a.jpg#sha256=" + std::string(64, '0') + "'\n"
        "programme:\n  source: talks.json\n  format: pretalx-json\n";
    const auto pinned = kiosk::pin_content_files(text, "event.yaml", files.reader());
    REQUIRE_MESSAGE(pinned.has_value(), pinned.error().message);
    const std::string& out = pinned->text;
    CHECK(out.starts_with("# comment kept\n"));
    CHECK(out.find("  logo: logo.png" + pin("L") + "\n") != std::string::npos);
    CHECK(out.find("    photo: a.jpg" + pin("A") + "   # the host\n") != std::string::npos);
    CHECK(out.find("    photo: \"b b.jpg" + pin("B") + "\"\n") != std::string::npos);
    CHECK(out.find("    photo: \"a.jpg" + pin("A") + "\"\n") != std::string::npos);  // the stale pin replaced
    CHECK(out.find("  source: talks.json" + pin("{}") + "\n") != std::string::npos);
    CHECK(pinned->files.size() == 4);
    CHECK(files.reads["a.jpg"] == 1);
}

TEST_CASE("publish pins: a URL, an absolute path or a path above the content's folder is refused at its line") {
    for (const std::string& ref : {std::string("https://cdn.example/a.jpg"), std::string("/srv/a.jpg"),
                                   std::string("../a.jpg"), std::string("photos/../../a.jpg")}) {
        CAPTURE(ref);
        Files files;
        const std::string text = "event:\n  title: T\nspeakers:\n  - id: a\n    photo: " + ref + "\n";
        const auto pinned = kiosk::pin_content_files(text, "event.yaml", files.reader());
        REQUIRE_FALSE(pinned.has_value());
        CHECK(pinned.error().message.find("event.yaml, line 5") != std::string::npos);
        CHECK(files.reads.empty());
    }
}

TEST_CASE("publish pins: a file that cannot be read is named with its line") {
    Files files;
    const auto pinned = kiosk::pin_content_files("event:\n  logo: gone.png\n", "event.yaml", files.reader());
    REQUIRE_FALSE(pinned.has_value());
    CHECK(pinned.error().message == "event.yaml, line 2: gone.png: no such file");
}
