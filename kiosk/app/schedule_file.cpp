// The file edge for `kiosk validate` and `kiosk render`: the importers themselves never touch files.
#include "kiosk/app/schedule_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "kiosk/content/content_limits.h"
#include "kiosk/import/import_content.h"
#include "kiosk/import/import_limits.h"
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

bool looks_like_json_or_xml(std::string_view bytes) {
    const auto first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && (bytes[first] == '<' || bytes[first] == '{' || bytes[first] == '[');
}

}  // namespace

LoadResult load_content_or_schedule(const std::string& path) {
    const auto bytes = read_small_file(path);
    if (!bytes) return load_content_file_with_sources(path);
    // YAML may start with "{" too: only what the detector recognises as a schedule is imported.
    const import::Detection detected = import::detect_format(*bytes);
    if (!is_programme(detected.format)) {
        if (bytes->size() <= limits::kMaxFileBytes || !looks_like_json_or_xml(*bytes))
            return load_content_file_with_sources(path);
        // Too big for a content file: why it is no schedule either says more than its size does.
        LoadResult refused;
        refused.diagnostics.push_back({Severity::Error, {path, 0, 0}, detected.problem});
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
