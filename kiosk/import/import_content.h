// A content model from imported parts, for showing a schedule file on its own.
#pragma once

#include <string>

#include "kiosk/content/content_model.h"
#include "kiosk/import/import_types.h"

namespace kiosk::import {

// The programme as a whole Content: the schedule's title, its sessions and speakers, the zone the
// importer chose (UTC when it could choose none), the default theme and slide rules.
Content content_from_programme(const ProgrammeImport& programme, const std::string& source);

}  // namespace kiosk::import
