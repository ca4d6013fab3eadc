// `kiosk validate` on hostile files, generated here: each is refused at a named limit, and the whole
// process stays under 150 MiB of peak RSS (the bound; the old parsers took 300 to 600 MiB).
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "tests/support/memory_bound.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace {

constexpr long kMaxPeakKib = kiosk::test::memory_bound_kib(150 * 1024);
constexpr std::size_t kSourceLimit = 9'600'000;  // import::limits::kMaxSourceBytes

struct Measured {
    int status = -1;
    long peak_kib = 0;  // the child's peak RSS, its own children included
    std::string out;
};

// Runs `kiosk validate path` under `timeout`, and takes the peak RSS from wait4's usage, which
// covers the whole process tree that was waited for.
Measured validate_measured(const std::string& path) {
    const std::string out_file = path + ".out";
    const std::string kiosk = kiosk::test::kiosk_binary();
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::execl("/usr/bin/timeout", "timeout", "120", kiosk.c_str(), "validate", path.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int raw = 0;
    rusage usage{};
    REQUIRE(::wait4(pid, &raw, 0, &usage) == pid);
    Measured m;
    m.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    m.peak_kib = usage.ru_maxrss;
    m.out = kiosk::test::read_file(out_file);
    return m;
}

std::string repeat(std::string_view piece, std::size_t n) {
    std::string out;
    out.reserve(piece.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += piece;
    return out;
}

// `piece` repeated between `head` and `tail` to fill `bytes` at most.
std::string filled(const std::string& head, std::string_view piece, const std::string& tail, std::size_t bytes) {
    return head + repeat(piece, (bytes - head.size() - tail.size()) / piece.size()) + tail;
}

void check_refused(const std::string& name, const std::string& bytes, const std::string& expected) {
    const std::string path = kiosk::test::make_temp_dir("validate-memory") + "/" + name;
    kiosk::test::write_file(path, bytes);
    const Measured m = validate_measured(path);
    INFO(name << " printed: " << m.out.substr(0, 600));
    MESSAGE(name << ": peak RSS " << m.peak_kib / 1024 << " MiB");
    CHECK(m.status == 1);
    CHECK(m.out.find(expected) != std::string::npos);
    CHECK(m.peak_kib < kMaxPeakKib);
}

}  // namespace

TEST_CASE("validate memory: lines at a block text's key column are counted as entries, under 150 MiB") {
    // The old raw-text scan took the text's indent from "- " and skipped every "  -" line below.
    const std::string file = filled("- t: |\n   text\n  u:\n", "  -\n", "", 4 * 1024 * 1024 - 100);
    check_refused("bypass.yaml", file, "bypass.yaml:60002:3: error: the file has more than 60,000 entries");
    const std::string brackets = filled("- t: |\n   text\n  u: ", "[", "\n", 4 * 1024 * 1024 - 100);
    check_refused("brackets.yaml", brackets, "brackets.yaml:3:38: error: lists and maps are nested more than 32");
}

TEST_CASE("validate memory: an alias bomb and long bracket lists are refused, under 150 MiB") {
    std::string bomb = "event: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i) {
        const std::string prev = i == 1 ? "a" : "l" + std::to_string(i - 1);
        bomb += "programme_" + std::to_string(i) + ": &l" + std::to_string(i) + " [" + repeat("*" + prev + ", ", 9) +
                "*" + prev + "]\n";
    }
    check_refused("bomb.yaml", bomb, "an alias counting as all it repeats), the entry limit");
    const std::string flow = filled("a: [[a, ", "a, ", "a]]\n", 4 * 1024 * 1024 - 100);
    check_refused("flow.yaml", flow, "hold more than 240,000 keys, texts and commas in all");
}

TEST_CASE("validate memory: schedule XML of empty elements is refused by size or element count, under 150 MiB") {
    check_refused("big.xml", filled("<schedule>", "<a/>", "</schedule>", 16 * 1024 * 1024),
                  "past the file size limit");
    check_refused("schedule.xml", filled("<schedule>", "<a/>", "</schedule>", kSourceLimit),
                  "the XML has more than 280,000 elements, attributes and texts (the element limit), passed at line 1");
}

TEST_CASE("validate memory: JSON arrays of empty objects or strings at the size limit are refused, under 150 MiB") {
    check_refused("objects.json", filled("[", "{},", "{}]", kSourceLimit),
                  "the JSON has more than 280,000 values (the element limit)");
    check_refused("strings.json", filled("[", "\"\",", "\"\"]", kSourceLimit),
                  "the JSON has more than 280,000 values (the element limit)");
}

TEST_CASE("validate memory: the largest XML schedule within the limits costs under 150 MiB") {
    // 279,000 elements padded out to the size limit: accepted, and only a warning about the zone.
    const std::size_t n = 279'000;
    const std::string element = "<a" + std::string((kSourceLimit - 30) / n - 4, ' ') + "/>";
    const std::string path = kiosk::test::make_temp_dir("validate-memory") + "/largest.xml";
    kiosk::test::write_file(path, "<schedule>" + repeat(element, n) + "</schedule>");
    const Measured m = validate_measured(path);
    MESSAGE("largest.xml: peak RSS " << m.peak_kib / 1024 << " MiB");
    CHECK(m.out.find(": error:") == std::string::npos);
    CHECK(m.peak_kib < kMaxPeakKib);
}
