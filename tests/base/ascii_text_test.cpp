// The shared ASCII helpers: trimming with each format's own blanks, and case folding.
#include <doctest/doctest.h>

#include "kiosk/base/ascii_text.h"
#include "kiosk/base/diagnostic.h"

using kiosk::trim;

TEST_CASE("trim: spaces and tabs go from both ends, and nothing else by default") {
    CHECK(trim(" \t07:30 \t") == "07:30");
    CHECK(trim("\r\n07:30\r\n") == "\r\n07:30\r\n");
    CHECK(trim("a b") == "a b");
}

TEST_CASE("trim: a caller's blanks decide, so line ends go when it names them") {
    CHECK(trim("\r\n 2023-10-09 \n", kiosk::kWhiteSpace) == "2023-10-09");
    CHECK(trim("\r# Title\r", " \t\r") == "# Title");
}

TEST_CASE("trim: text that is all blank, or empty, trims to nothing") {
    CHECK(trim(" \t ").empty());
    CHECK(trim("").empty());
    CHECK(kiosk::trim_start("   ").empty());
    CHECK(kiosk::trim_end("   ").empty());
}

TEST_CASE("trim_start and trim_end each keep the other end") {
    CHECK(kiosk::trim_start("  x  ") == "x  ");
    CHECK(kiosk::trim_end("  x  ") == "  x");
    // An HTTP header line: blanks in front, blanks and its line end behind.
    CHECK(kiosk::trim_end(kiosk::trim_start(" \tmax-age=60 \r\n"), kiosk::kWhiteSpace) == "max-age=60");
}

TEST_CASE("ascii_lower: A-Z are lowered and every other byte, UTF-8 included, is kept") {
    CHECK(kiosk::ascii_lower("Content-Type") == "content-type");
    CHECK(kiosk::ascii_lower("GMT+0100") == "gmt+0100");
    CHECK(kiosk::ascii_lower("\xC3\x89t\xC3\xA9") == "\xC3\x89t\xC3\xA9");  // "Été": only ASCII folds
}

TEST_CASE("first_error: the first error as a compiler writes it, warnings skipped") {
    const kiosk::Diagnostics ds{
        {kiosk::Severity::Warning, {"event.yaml", 2, 1}, "unknown key"},
        {kiosk::Severity::Error, {"event.yaml", 4, 9}, "not a time"},
        {kiosk::Severity::Error, {"event.yaml", 5, 1}, "second"},
    };
    CHECK(kiosk::first_error(ds) == "event.yaml:4:9: error: not a time");
    CHECK(kiosk::first_error({}) == "the document did not load");
}
