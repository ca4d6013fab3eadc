// schedule.xml as frab and pentabarf write it (the C3VOC and FOSDEM exports), mapped like the JSON.
#pragma once

#include <string_view>

#include "kiosk/import/import_types.h"

namespace tinyxml2 {
class XMLDocument;
}

namespace kiosk::import {

// Each session's instant comes from its <date>; where an export has none (older pentabarf, FOSDEM),
// from the day's date, its <start> and the conference's <day_change>.
ProgrammeImport import_schedule_xml(std::string_view bytes, const ImportOptions& options);
ProgrammeImport import_schedule_xml(const tinyxml2::XMLDocument& document, const ImportOptions& options);

}  // namespace kiosk::import
