// The file edge for `kiosk validate` and `kiosk render`: the importers themselves never touch files.
#include "kiosk/app/schedule_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "kiosk/content/content_limits.h"
#include "kiosk/import/import_content.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/import/json_document.h"
#include "kiosk/import/source_format.h"
#include "kiosk/net/source_reader.h"

namespace kiosk {
namespace {

bool is_programme(import::SourceFormat f) {
    return f == import::SourceFormat::ScheduleJson || f == import::SourceFormat::ScheduleXml;
}

// The file's bytes when it is a regular file small enough to be a schedule; nothing otherwise, so
// the content loader gives its own precise message about it.
std::optional<std::string> read_small_file(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > import::limits::kMaxSourceBytes) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return in ? std::optional<std::string>(out.str()) : std::nullopt;
}

char first_char(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const auto first = bytes.find_first_not_of(" \t\r\n");
    return first == std::string_view::npos ? '\0' : bytes[first];
}

bool looks_like_json_or_xml(std::string_view bytes) {
    const char c = first_char(bytes);
    return c == '<' || c == '{' || c == '[';
}

// A content file is a YAML map, and YAML may be written as a JSON object: one that is valid JSON
// (and no format the detector knows) is taken for a content file only when it has a key every
// content file has. Text that is not
// JSON (YAML's flow style, `{version: 1, ...}`) is left to the content loader.
bool may_be_content_file(std::string_view bytes) {
    if (first_char(bytes) != '{') return false;
    const auto json = import::parse_json(bytes);
    if (!json) return true;
    return import::member(*json, "version") != nullptr || import::member(*json, "event") != nullptr;
}

// What a JSON or XML file in no format that validate and render read gets, instead of YAML's
// complaints about keys it was never meant to have.
std::string unknown_format(import::Detection detected) {
    const std::string what =
        detected.format == import::SourceFormat::Unknown
            ? detected.problem
            : "a " + import::format_name(detected.format) + " source, which a content file names under its sources";
    return "not in a format the kiosk reads (" + what +
           "); it reads a content file (YAML, see docs/content-format.md) and the programme exports " +
           "schedule-json (C3VOC: frab, pretalx) and schedule-xml (frab, pentabarf, pretalx)";
}

}  // namespace

LoadResult load_content_or_schedule(const std::string& path) {
    const auto bytes = read_small_file(path);
    if (!bytes) return load_content_file_with_sources(path);
    // YAML may start with "{" too: only what the detector recognises as a schedule is imported.
    const import::Detection detected = import::detect_format(*bytes);
    if (!is_programme(detected.format)) {
        if (!looks_like_json_or_xml(*bytes)) return load_content_file_with_sources(path);
        const bool unknown = detected.format == import::SourceFormat::Unknown;
        if (unknown && bytes->size() <= limits::kMaxFileBytes && may_be_content_file(*bytes))
            return load_content_file_with_sources(path);
        LoadResult refused;
        refused.diagnostics.push_back({Severity::Error, {path, 0, 0}, unknown_format(detected)});
        return refused;
    }
    import::ImportOptions options;
    options.source_name = path;
    const import::ProgrammeImport programme = import::import_programme(*bytes, options, detected.format);
    LoadResult result;
    result.diagnostics = programme.diagnostics;
    if (programme.ok()) result.content = import::content_from_programme(programme, path);
    return result;
}

}  // namespace kiosk
