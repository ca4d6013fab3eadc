// Shared helpers for the importer tests: reading fixtures and the shared real exports.
#pragma once

#include <optional>
#include <string>

#include "kiosk/content/content_model.h"
#include "kiosk/import/import_types.h"
#include "tests/support/test_files.h"

namespace kiosk::test {

// The text of ../shared/formats/<name> next to the source tree; nothing when the folder is absent.
std::optional<std::string> shared_format(const std::string& name);

// "2019-08-23 00:10" in `zone` as an instant.
Instant local_instant(const std::string& text, const std::string& zone);

// "17:30" in `zone`.
std::string local_clock_in(Instant t, const std::string& zone);

const Session* session_titled(const import::ProgrammeImport& p, const std::string& title);
std::string all_messages(const Diagnostics& ds);

}  // namespace kiosk::test
