// Builds a ProgrammeImport from sessions as either schedule format describes them (JSON or XML).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kiosk/import/import_types.h"
#include "kiosk/import/schedule_times.h"
#include "kiosk/import/source_ids.h"

namespace kiosk::import {

struct RawPerson {
    std::string id;         // the source's id or pretalx code; may be empty
    std::string name;
    std::string biography;  // Markdown or HTML
    std::string avatar;     // URL, possibly relative
};

struct RawSession {
    std::string where;      // "day 2, room Curie, event 3", for messages
    std::string id;         // guid, else id, else slug
    std::string title;
    std::string subtitle;
    std::string room;
    std::string track;
    std::string abstract;
    std::string description;
    std::string duration;
    SessionTimeText time;
    std::vector<RawPerson> persons;
};

class ScheduleBuilder {
public:
    ScheduleBuilder(const ImportOptions& options, const std::string& declared_zone);

    void set_title(const std::string& raw) { out_.title = raw; }
    void add_room(const std::string& raw);
    void add_date(const std::string& iso);
    void add(const RawSession& raw);
    void warn(const std::string& message) { report(Severity::Warning, message); }
    void error(const std::string& message) { report(Severity::Error, message); }

    // Sorted sessions, speakers in order of first appearance, the zone chosen, the dates filled in.
    ProgrammeImport finish() &&;

private:
    void report(Severity severity, const std::string& message);
    std::string speaker_for(const RawPerson& person, const std::string& where);
    void fill_dates();

    ImportOptions options_;
    ScheduleTimes times_;
    ProgrammeImport out_;
    UniqueIds session_ids_;
    UniqueIds speaker_ids_;
    std::map<std::string, std::size_t> speaker_index_;  // source key -> position in out_.speakers
    std::size_t dropped_sessions_ = 0;
    std::size_t untimed_sessions_ = 0;
    std::size_t dropped_diagnostics_ = 0;
};

}  // namespace kiosk::import
