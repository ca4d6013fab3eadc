// `kiosk validate` run as an organiser runs it, on real files: what it prints and its exit status.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace {

struct Run {
    int status = -1;
    std::string out;  // the report: diagnostics and the summary line
    std::string err;  // usage and unreadable-file messages
};

// Runs `kiosk validate ARGS...` from `dir`. `timeout` turns a hang into exit status 124, so a
// hang fails the test instead of stalling the suite.
Run validate_args(const std::vector<std::string>& args, const std::string& dir = ".") {
    const std::string err_file = kiosk::test::make_temp_dir("validate-run") + "/stderr.txt";
    std::string command = "cd '" + dir + "' && exec timeout 60 '" + kiosk::test::kiosk_binary() + "' validate";
    for (const auto& a : args) command += " '" + a + "'";
    command += " 2>'" + err_file + "'";
    Run run;
    std::FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) run.out.append(buf.data(), n);
    const int raw = ::pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.err = kiosk::test::read_file(err_file);
    return run;
}

Run validate(const std::string& path) { return validate_args({path}); }

std::string content_fixture(const std::string& name) { return kiosk::test::fixture("content/" + name); }

bool ends_with(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// The sample with line `line` (1-based) replaced by `replacement`.
std::string sample_with_line(int line, const std::string& replacement) {
    std::istringstream in(kiosk::test::read_file(kiosk::test::sample_content()));
    std::string out, text;
    for (int n = 1; std::getline(in, text); ++n) out += (n == line ? replacement : text) + "\n";
    return out;
}

// The 1-based number of the first line of the sample that starts with `prefix`.
int sample_line_starting(const std::string& prefix) {
    std::istringstream in(kiosk::test::read_file(kiosk::test::sample_content()));
    std::string text;
    for (int n = 1; std::getline(in, text); ++n) {
        if (text.rfind(prefix, 0) == 0) return n;
    }
    return 0;
}

}  // namespace

TEST_CASE("validate: the bundled sample passes with exit 0, its counts and no problems") {
    const Run r = validate(kiosk::test::sample_content());
    CAPTURE(r.out);
    CAPTURE(r.err);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find(": 7 sessions, 8 speakers, 16 posts, 3 announcements\n") != std::string::npos);
    CHECK(ends_with(r.out, "\n0 errors, 0 warnings\n"));
}

TEST_CASE("validate: errors give exit 1, each as file:line:column in plain words, then the summary") {
    const std::string path = content_fixture("errors.yaml");
    const Run r = validate(path);
    CAPTURE(r.out);
    CHECK(r.status == 1);
    CHECK(r.out.find(path + ":5:3: warning: unknown key 'venu' in the event is ignored; did you mean 'venue'?\n") !=
          std::string::npos);
    CHECK(r.out.find(path + ":11:12: error: 'start': 2023-02-30 is not a real date: February 2023 has 28 days\n") !=
          std::string::npos);
    CHECK(r.out.find(path + ":13:22: error: speaker 'nobody' is not defined under 'speakers'") != std::string::npos);
    CHECK(ends_with(r.out, "\n2 errors, 1 warning\n"));
    // A file with errors gives no model, so there are no counts to print.
    CHECK(r.out.find("sessions") == std::string::npos);
}

TEST_CASE("validate: warnings alone give exit 0, named relative to where it runs") {
    const std::string dir = kiosk::test::fixture("content/with-photos");
    const Run r = validate_args({"event.yaml"}, dir);
    CAPTURE(r.out);
    CHECK(r.status == 0);
    CHECK(r.out.find("event.yaml:11:12: warning: 'photo' file \"photos/guest.jpg\" was not found") == 0);
    CHECK(r.out.find("photos/host.png") == std::string::npos);
    CHECK(r.out.find("event.yaml: 1 session, 2 speakers, 0 posts, 0 announcements\n") != std::string::npos);
    CHECK(ends_with(r.out, "\n0 errors, 1 warning\n"));
}

TEST_CASE("validate: invalid UTF-8 is reported at its line and column") {
    const std::string path = content_fixture("invalid-utf8.yaml");
    const Run r = validate(path);
    CAPTURE(r.out);
    CHECK(r.status == 1);
    CHECK(r.out.find(path + ":2:15: error: invalid UTF-8: byte 0xC3") == 0);
    CHECK(ends_with(r.out, "\n1 error, 0 warnings\n"));
}

TEST_CASE("validate: a broken copy of the sample points at the broken line") {
    const std::string dir = kiosk::test::make_temp_dir("validate-broken");
    const int end_line = sample_line_starting("    end: \"2023-10-09 18:30\"");
    REQUIRE(end_line > 0);
    kiosk::test::write_file(dir + "/event.yaml", sample_with_line(end_line, "    end: \"2023-10-09 18:61\""));
    const Run bad_time = validate(dir + "/event.yaml");
    CAPTURE(bad_time.out);
    CHECK(bad_time.status == 1);
    CHECK(bad_time.out.find(dir + "/event.yaml:" + std::to_string(end_line) + ":10: error: 'end': 18:61 is not a "
                                                                              "real time") == 0);

    const int quote_line = sample_line_starting("    title: \"Audience questions and close\"");
    REQUIRE(quote_line > 0);
    kiosk::test::write_file(dir + "/event.yaml", sample_with_line(quote_line, "    title: \"Audience questions and close"));
    const Run unclosed = validate(dir + "/event.yaml");
    CAPTURE(unclosed.out);
    CHECK(unclosed.status == 1);
    CHECK(unclosed.out.find(dir + "/event.yaml:" + std::to_string(quote_line) +
                            ":12: error: invalid YAML: this quoted text runs on to line " +
                            std::to_string(quote_line + 1)) == 0);
    CHECK(unclosed.out.find("check that the text has its closing quote") != std::string::npos);
}

TEST_CASE("validate: a missing file, a folder and wrong use give exit 2 on stderr") {
    const std::string missing = kiosk::test::make_temp_dir("validate-missing") + "/nowhere.yaml";
    const Run r = validate(missing);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find(missing + ": error: cannot read the content file: no such file") != std::string::npos);

    const std::string folder = kiosk::test::fixture("content/with-photos");
    const Run dir = validate(folder);
    CHECK(dir.status == 2);
    CHECK(dir.err.find("it is a folder") != std::string::npos);

    const Run none = validate_args({});
    CHECK(none.status == 2);
    CHECK(none.err.find("usage: kiosk validate PATH") == 0);
    const Run two = validate_args({"a.yaml", "b.yaml"});
    CHECK(two.status == 2);
    const Run url = validate("https://example.org/event.yaml");
    CHECK(url.status == 2);
    CHECK(url.err.find("validate reads a local file") != std::string::npos);
}

TEST_CASE("validate: a 64 MiB file is refused at once, naming the 4 MiB limit") {
    const std::string path = kiosk::test::make_temp_dir("validate-huge") + "/huge.yaml";
    {
        std::ofstream out(path, std::ios::binary);
        const std::string line = "# padding that a careless export might leave behind\n";
        for (std::size_t written = 0; written < (64U << 20); written += line.size()) out << line;
    }
    const auto start = std::chrono::steady_clock::now();
    const Run r = validate(path);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::filesystem::remove(path);
    CAPTURE(r.out);
    CHECK(r.status == 1);
    CHECK(r.out.find(path + ":1:1: error: the file is ") == 0);
    CHECK(r.out.find("past the file size limit of 4 MiB") != std::string::npos);
    CHECK(seconds < 5.0);
}

TEST_CASE("validate: binary files, an empty file and 100,000 nested brackets get an error, never a crash") {
    const std::string dir = kiosk::test::make_temp_dir("validate-binary");
    std::mt19937 random(20231009);
    std::string noise(64 * 1024, '\0');
    for (auto& c : noise) c = static_cast<char>(random() & 0xFFU);
    kiosk::test::write_file(dir + "/noise.yaml", noise);
    kiosk::test::write_file(dir + "/zeros.yaml", std::string(4096, '\0'));
    kiosk::test::write_file(dir + "/empty.yaml", "");
    kiosk::test::write_file(dir + "/nested.yaml", "event: " + std::string(100000, '[') + std::string(100000, ']') + "\n");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"noise.yaml", "error: "},
        {"zeros.yaml", ":1:1: error: "},
        {"empty.yaml", ":1:1: error: the file is empty"},
        {"nested.yaml", ":1:40: error: lists and maps are nested more than 32 levels deep (the nesting limit)"},
    };
    for (const auto& [name, expected] : cases) {
        CAPTURE(name);
        const Run r = validate(dir + "/" + name);
        CAPTURE(r.out);
        CHECK(r.status == 1);
        CHECK(r.out.find(dir + "/" + name + ":") == 0);
        CHECK(r.out.find(expected) != std::string::npos);
        CHECK(ends_with(r.out, "\n1 error, 0 warnings\n"));
    }
}

TEST_CASE("validate: a conference's own JSON or XML export is refused as no format it reads, naming those it reads") {
    const std::string dir = kiosk::test::make_temp_dir("validate-foreign");
    kiosk::test::write_file(dir + "/talks.json",
                            R"({"talks": [{"title": "Opening", "room": "Main Hall", "start": "2023-10-09T09:00"}]})"
                            "\n");
    kiosk::test::write_file(dir + "/talks.xml",
                            "<?xml version=\"1.0\"?>\n<conference><talk title=\"Opening\"/></conference>\n");
    kiosk::test::write_file(dir + "/list.json", R"([{"title": "Opening"}])"
                                                "\n");
    for (const char* name : {"talks.json", "talks.xml", "list.json"}) {
        CAPTURE(name);
        const Run r = validate(dir + "/" + name);
        CAPTURE(r.out);
        CHECK(r.status == 1);
        CHECK(r.out.find(dir + "/" + name + ": error: not in a format the kiosk reads") == 0);
        CHECK(r.out.find("content file (YAML") != std::string::npos);
        CHECK(r.out.find("schedule-json") != std::string::npos);
        CHECK(r.out.find("schedule-xml") != std::string::npos);
        CHECK(r.out.find("unknown key") == std::string::npos);  // nothing about the export's own keys
        CHECK(r.out.find("'event' is missing") == std::string::npos);
        CHECK(ends_with(r.out, "\n1 error, 0 warnings\n"));
    }
    const Run xml = validate(dir + "/talks.xml");
    CHECK(xml.out.find("root element <conference>") != std::string::npos);
}

TEST_CASE("validate: a post source is named for what it is, and a content file written as JSON is still read") {
    const std::string dir = kiosk::test::make_temp_dir("validate-json-content");
    kiosk::test::write_file(dir + "/feed.json",
                            R"({"version": "https://jsonfeed.org/version/1.1", "title": "News", "items": []})"
                            "\n");
    const Run feed = validate(dir + "/feed.json");
    CAPTURE(feed.out);
    CHECK(feed.status == 1);
    CHECK(feed.out.find("not in a format the kiosk reads (a json-feed source") != std::string::npos);
    kiosk::test::write_file(dir + "/event.json",
                            R"({"version": 1, "event": {"title": "JSON event", "venue": "Tate Liverpool",)"
                            R"( "time_zone": "Europe/London"}, "programme": []})"
                            "\n");
    const Run content = validate(dir + "/event.json");
    CAPTURE(content.out);
    CHECK(content.status == 0);
    CHECK(content.out.find("not in a format") == std::string::npos);
}
