// Limits and robustness: hostile, huge, truncated and damaged files are refused quickly, never crash.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "kiosk/content/content_file.h"
#include "tests/content/content_test_support.h"
#include "tests/support/test_paths.h"

using namespace kiosk;
using kiosk::test::has_diagnostic;
using kiosk::test::kEventHead;
using kiosk::test::listing;
using kiosk::test::load_yaml;

namespace {

std::string read_sample() {
    std::ifstream in(kiosk::test::sample_content(), std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Either a model with no errors, or no model and at least one error: never anything in between.
bool consistent(const LoadResult& r) {
    return r.content.has_value() != has_errors(r.diagnostics);
}

std::string repeat(std::string_view piece, std::size_t n) {
    std::string out;
    out.reserve(piece.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("limits: 100,000 nested brackets are refused before parsing, naming the limit") {
    const auto r = load_yaml(repeat("[", 100000) + repeat("]", 100000));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 1, 33, "nested more than 32 levels deep (the nesting limit)"));
}

TEST_CASE("limits: deep block nesting by indentation and by dashes is refused too") {
    std::string indented;
    for (int i = 0; i < 1000; ++i) indented += std::string(static_cast<std::size_t>(i), ' ') + "a:\n";
    CHECK(has_diagnostic(load_yaml(indented), Severity::Error, 33, 33, "nesting limit"));
    CHECK(has_diagnostic(load_yaml(repeat("- ", 50000) + "x\n"), Severity::Error, 1, 65, "nesting limit"));
    CHECK(has_diagnostic(load_yaml("a: " + repeat("{a: ", 50000)), Severity::Error, 1, 4 + 4 * 32, "nesting limit"));
}

TEST_CASE("limits: brackets inside quotes, comments and block text do not count as nesting") {
    const std::string deep = repeat("[", 40);
    const auto r = load_yaml(std::string(kEventHead) + "  subtitle: \"" + deep + "\"\n  venue: '" + deep + "'\n# " +
                             deep + "\nannouncements:\n  - title: A\n    body: |\n      " + deep + "\n      don't " +
                             deep + "\n  - title: B " + deep + "\n");
    INFO(listing(r));
    CHECK(r.content);
}

TEST_CASE("limits: a text over 4 MiB is refused without parsing, naming the limit") {
    const auto r = load_yaml(std::string(kEventHead) + "  subtitle: " + std::string(4 * 1024 * 1024, 'a') + "\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("past the file size limit of 4 MiB") != std::string::npos);
}

TEST_CASE("limits: a 64 MiB file is refused from its size alone") {
    namespace fs = std::filesystem;
    const fs::path dir = kiosk::test::make_temp_dir("content-big");
    const fs::path file = dir / "big.yaml";
    {
        std::ofstream out(file, std::ios::binary);
        const std::string block(1024 * 1024, 'a');
        for (int i = 0; i < 64; ++i) out << block;
    }
    REQUIRE(fs::file_size(file) == 64u * 1024 * 1024);
    const auto r = load_content_file(file.string());
    fs::remove_all(dir);
    CHECK_FALSE(r.unreadable);
    CHECK_FALSE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "the file is 67,108,864 bytes, past the file size limit of 4 MiB (4,194,304 bytes)");
}

TEST_CASE("limits: too many entries of tiny items are refused before the tree is built") {
    const auto r = load_yaml("a:\n" + repeat("- 0\n", 70000));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 60001, 3, "more than 60,000 entries"));
    const auto flow = load_yaml("a: [" + repeat("0,", 70000) + "0]\n");
    CHECK(has_diagnostic(flow, Severity::Error, 1, 5 + 2 * 59999, "more than 60,000 entries"));  // "a" is one
}

TEST_CASE("limits: lines at a block text's key column are counted, not skipped as its text") {
    // "- t: |" opens a text whose lines must be indented past "t"; lines in the column of "t" are
    // keys of the same map, which a scan of the raw text once took for the text's lines.
    const auto r = load_yaml("- t: |\n   text\n  u:\n" + repeat("  -\n", 100000));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 60002, 3, "more than 60,000 entries"));
    const auto brackets = load_yaml("- t: |\n   text\n  u: " + repeat("[", 1000) + "\n");
    CHECK(has_diagnostic(brackets, Severity::Error, 3, 6 + 32, "nesting limit"));
}

TEST_CASE("limits: an alias counts as all it repeats, so an alias bomb is refused at the entry limit") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i) {
        const std::string prev = i == 1 ? "a" : "l" + std::to_string(i - 1);
        bomb += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [" + repeat("*" + prev + ", ", 9) + "*" + prev + "]\n";
    }
    const auto r = load_yaml(bomb);
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 5, 30, "entries (keys and list items, an alias counting as all it repeats)"));
    const auto text = load_yaml("a: &a " + std::string(1024 * 1024, 'x') + "\nb: [*a, *a, *a, *a]\n");
    CHECK(has_diagnostic(text, Severity::Error, 2, 13, "the text limit"));
    CHECK(has_diagnostic(load_yaml("a: &a [*a]\n"), Severity::Error, 1, 8, "an alias (*name) repeats the list or map"));
}

TEST_CASE("limits: brackets nested in brackets hold a bounded number of tokens") {
    // yaml-cpp's scanner keeps every token of "[[a, a, ..." until the outer list is resolved.
    const auto r = load_yaml("a: [[a, " + repeat("a, ", 300000) + "a]]\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 1, 10 + 3 * 119998, "240,000 keys, texts and commas in all"));
}

TEST_CASE("limits: a field over 10,000 characters and a post over 2,000") {
    const auto r = load_yaml(std::string(kEventHead) + "  subtitle: " + std::string(10001, 'x') +
                             "\nposts:\n  - author: A\n    text: " + repeat("é", 2001) + "\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 4, 13, "'subtitle' is 10,001 characters long; the limit is 10,000"));
    CHECK(has_diagnostic(r, Severity::Error, 7, 11, "'text' is 2,001 characters long; the limit is 2,000"));
}

TEST_CASE("limits: more than 2,000 sessions are refused as a whole") {
    std::string yaml = std::string(kEventHead) + "programme:\n";
    for (int i = 0; i < 2001; ++i) yaml += "  - {title: S, start: \"2023-10-09 10:00\", end: \"2023-10-09 11:00\"}\n";
    const auto r = load_yaml(yaml);
    CHECK_FALSE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(has_diagnostic(r, Severity::Error, 5, 3, "'programme' has 2,001 items; the limit is 2,000"));
}

TEST_CASE("limits: thousands of mistakes give a bounded list with a closing note") {
    std::string yaml = std::string(kEventHead) + "speakers:\n";
    for (int i = 0; i < 1000; ++i) yaml += "  - {id: x, name: [a]}\n";
    const auto r = load_yaml(yaml);
    CHECK_FALSE(r.content);
    CHECK(r.diagnostics.size() == 201);
    CHECK(r.diagnostics.back().message.find("too many problems") == 0);
}

TEST_CASE("robustness: an empty file and binary garbage give diagnostics, not a crash") {
    CHECK(has_diagnostic(load_yaml(""), Severity::Error, 1, 1, "the file is empty"));
    std::mt19937 rng(1234);
    std::string garbage(65536, '\0');
    for (auto& c : garbage) c = static_cast<char>(rng() & 0xFFU);
    const auto r = load_yaml(garbage);
    CHECK_FALSE(r.content);
    CHECK(has_errors(r.diagnostics));
}

TEST_CASE("robustness: every truncation of the sample loads or is refused cleanly") {
    const std::string sample = read_sample();
    REQUIRE(sample.size() > 1000);
    int loaded = 0;
    for (std::size_t k = 0; k < 200; ++k) {
        const std::size_t cut = sample.size() * k / 200;
        const auto r = load_yaml(std::string_view(sample).substr(0, cut));
        CHECK(consistent(r));
        if (r.content) ++loaded;
    }
    // Cuts at line ends past the event section leave a valid file; most others are refused.
    CHECK(loaded > 0);
    CHECK(loaded < 200);
}

TEST_CASE("robustness: byte-flipped copies of the sample load or are refused cleanly") {
    const std::string sample = read_sample();
    std::mt19937 rng(20231009);
    int refused = 0;
    for (int n = 0; n < 200; ++n) {
        std::string copy = sample;
        for (int flips = 0; flips < 3; ++flips) {
            const std::size_t at = rng() % copy.size();
            copy[at] = static_cast<char>(copy[at] ^ static_cast<char>(1U << (rng() % 8)));
        }
        const auto r = load_yaml(copy);
        CHECK(consistent(r));
        if (!r.content) ++refused;
    }
    CHECK(refused > 0);
}
