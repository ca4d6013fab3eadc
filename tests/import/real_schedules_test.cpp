// The real schedule.json exports others published: every session imported, times spot-checked
// against the source, the right "now" after midnight, and no markup left in any text.
#include <date/tz.h>
#include <doctest/doctest.h>

#include "import_test_support.h"
#include "kiosk/import/import_content.h"
#include "kiosk/import/source_format.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk::test {
namespace {

using import::ProgrammeImport;

ProgrammeImport import_shared(const std::string& name) {
    const auto bytes = shared_format(name);
    REQUIRE_MESSAGE(bytes.has_value(), "../shared/formats/" << name << " is absent");
    import::ImportOptions options;
    options.source_name = name;
    return import::import_programme(*bytes, options);
}

bool shared_formats_present() {
    if (shared_format("README.md")) return true;
    MESSAGE("skipped: ../shared/formats is absent");
    return false;
}

void check_clean(const std::string& text) {
    for (const char* bad : {"&amp;", "&quot;", "&#", "&lt;", "&gt;", "<p>", "</", "<br", "**", "](http", "\r"})
        CHECK_MESSAGE(text.find(bad) == std::string::npos, "\"" << bad << "\" in: " << text);
}

void check_all_clean(const ProgrammeImport& p) {
    for (const auto& s : p.sessions) {
        check_clean(s.title);
        check_clean(s.description);
        CHECK(s.title == s.title.substr(0, s.title.find_last_not_of(' ') + 1));
        CHECK(s.end >= s.start);
    }
    for (const auto& sp : p.speakers) {
        check_clean(sp.name);
        check_clean(sp.bio);
    }
}

}  // namespace

TEST_CASE("import: the frab export of CCCamp 2019 imports every session with Berlin times") {
    if (!shared_formats_present()) return;
    const auto p = import_shared("schedule-json-frab-cccamp2019.json");
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    CHECK(p.sessions.size() == 79);
    CHECK(p.time_zone_name == "Europe/Berlin");
    CHECK(p.title == "Chaos Communication Camp 2019");
    CHECK(p.rooms == std::vector<std::string>{"Curie", "Meitner"});
    const auto* opening = session_titled(p, "Opening Ceremony");
    REQUIRE(opening != nullptr);
    CHECK(opening->start == local_instant("2019-08-21 11:00", "Europe/Berlin"));
    CHECK(opening->end - opening->start == std::chrono::minutes(30));
    CHECK(opening->room == "Curie");
    CHECK(opening->speaker_ids.size() == 2);
    // Padded in the source as "Hacking Containers and Kubernetes ".
    const auto* padded = session_titled(p, "Hacking Containers and Kubernetes");
    REQUIRE(padded != nullptr);
    CHECK(local_clock_in(padded->start, "Europe/Berlin") == "13:00");
    check_all_clean(p);
}

TEST_CASE("import: a CCCamp 2019 session crossing midnight is on now at 00:10") {
    if (!shared_formats_present()) return;
    const auto p = import_shared("schedule-json-frab-cccamp2019.json");
    REQUIRE(p.ok());
    const auto* late = session_titled(p, "Achtung, Datenpannen!");
    REQUIRE(late != nullptr);
    CHECK(late->start == local_instant("2019-08-22 23:00", "Europe/Berlin"));
    CHECK(late->end == local_instant("2019-08-23 00:30", "Europe/Berlin"));
    const Content content = import::content_from_programme(p, "camp");
    ProgrammeQuery query;
    query.now = local_instant("2019-08-23 00:10", "Europe/Berlin");
    const auto view = programme_view(content, query);
    bool on_now = false;
    for (const auto& e : view.entries)
        on_now |= e.session->title == "Achtung, Datenpannen!" && e.state == SessionState::Now;
    CHECK(on_now);
}

TEST_CASE("import: the pretalx export of rC3 Channels with no time zone shows its +01:00 times") {
    if (!shared_formats_present()) return;
    const auto p = import_shared("schedule-json-pretalx-rc3-channels-2020.json");
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    CHECK(p.sessions.size() == 48);
    CHECK(p.rooms.size() == 5);
    CHECK(p.time_zone_name == "Etc/GMT-1");
    CHECK(all_messages(p.diagnostics).find("names no time zone") != std::string::npos);
    const auto* gluon = session_titled(p, "Der faule Admin automatisiert: Gluon auf echter Hardware testen");
    REQUIRE(gluon != nullptr);
    CHECK(gluon->start == local_instant("2020-12-27 10:30", "Etc/UTC"));
    CHECK(gluon->end - gluon->start == std::chrono::minutes(40));
    CHECK(gluon->room == "r3s - Monheim/Rhein");
    // Markdown links in the abstract keep their text only.
    CHECK(gluon->description.find("[Gluon](") == std::string::npos);
    CHECK(gluon->description.find("Gluon") != std::string::npos);
    check_all_clean(p);
}

TEST_CASE("import: the organiser's zone names the rC3 zone when the export gives none") {
    if (!shared_formats_present()) return;
    const auto bytes = shared_format("schedule-json-pretalx-rc3-channels-2020.json");
    REQUIRE(bytes);
    import::ImportOptions options;
    options.source_name = "rc3";
    options.zone = date::locate_zone("Europe/Berlin");
    const auto p = import::import_programme(*bytes, options);
    REQUIRE(p.ok());
    CHECK(p.time_zone_name == "Europe/Berlin");
    CHECK(all_messages(p.diagnostics).find("time zone") == std::string::npos);
    const auto* gluon = session_titled(p, "Der faule Admin automatisiert: Gluon auf echter Hardware testen");
    REQUIRE(gluon != nullptr);
    CHECK(local_clock_in(gluon->start, "Europe/Berlin") == "11:30");
}

TEST_CASE("import: formats of the shared exports are detected from their bytes") {
    if (!shared_formats_present()) return;
    using import::SourceFormat;
    CHECK(import::detect_format(*shared_format("schedule-json-frab-cccamp2019.json")).format == SourceFormat::ScheduleJson);
    CHECK(import::detect_format(*shared_format("schedule-json-pretalx-rc3-channels-2020.json")).format ==
          SourceFormat::ScheduleJson);
    CHECK(import::detect_format(*shared_format("mastodon-tag-timeline-mastodon-2017.json")).format ==
          SourceFormat::MastodonStatuses);
    CHECK(import::detect_format(*shared_format("akkoma-single-status-emojis-attachment.json")).format ==
          SourceFormat::MastodonStatuses);
}

}  // namespace kiosk::test
