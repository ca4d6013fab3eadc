// Reading moderation rules from YAML: the organiser's `moderation:` section, or a rules file.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/base/diagnostic.h"
#include "kiosk/base/result.h"
#include "kiosk/import/moderation.h"

namespace kiosk::import {

// The `moderation:` map of a YAML document, or the document itself when it has no such key:
//
//   moderation:
//     block_accounts: ["troll@bad.example", "*@spam.example"]
//     block_words: [spoiler]
//     allow_list_only: false
//     allow_accounts: ["org@venue.example"]
//     approve: ["https://social.example/@guest/1234"]
//     pin: ["111222333"]
//     hide_replies: true
//     hide_sensitive: true
//     media_needs_alt_text: true
//
// Unknown keys and values of the wrong type are errors, with line and column: a typo in a block
// list must never silently let posts through.
Result<ModerationRules> read_moderation_rules(std::string_view yaml, const std::string& source_name);

// The same, with the mistake as one line: "file:line:column: error: message".
Result<ModerationRules> parse_moderation_rules(std::string_view yaml, const std::string& source_name);

}  // namespace kiosk::import
