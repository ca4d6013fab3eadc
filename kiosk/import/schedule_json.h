// schedule.json in the C3VOC schema, as frab, pretalx and the C3VOC tools write it.
#pragma once

#include <string_view>

#include "kiosk/import/import_types.h"
#include "kiosk/import/json_document.h"

namespace kiosk::import {

// Reads the bytes of a schedule.json. Every key is optional, null and "" mean the same, unknown keys
// are ignored; a document that is not a schedule at all is an error.
ProgrammeImport import_schedule_json(std::string_view bytes, const ImportOptions& options);

// The same, from a parsed document (format detection has parsed it already).
ProgrammeImport import_schedule_json_document(const Json& document, const ImportOptions& options);

}  // namespace kiosk::import
