// Mastodon statuses (a hashtag timeline, an account's statuses, or one status) as posts.
#pragma once

#include <string_view>

#include "kiosk/import/import_types.h"
#include "kiosk/import/json_document.h"

namespace kiosk::import {

// An array of statuses (empty is fine) or one status object. A boost shows the original post with
// "boosted by" in its handle line; moderation facts travel in SourcePost.
PostsImport import_mastodon_statuses(std::string_view bytes, const ImportOptions& options);
PostsImport import_mastodon_statuses_document(const Json& document, const ImportOptions& options);

}  // namespace kiosk::import
