// Moderation rules that travel with the organiser's file, so every screen shows the same posts.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kiosk/import/import_types.h"

namespace kiosk::import {

struct ModerationRules {
    // "user@host" (a leading "@" is allowed) or "*@host" for a whole server; case does not matter.
    std::vector<std::string> blocked_accounts;
    // Whole words or phrases, matched without regard to case in the text, the author's name and the
    // content warning.
    std::vector<std::string> blocked_words;
    // Allow-list mode: only posts from allowed_accounts, approved posts and pinned posts appear.
    bool allow_list_only = false;
    std::vector<std::string> allowed_accounts;
    std::vector<std::string> approved_posts;  // ids or URLs; they pass the reply and sensitive rules too
    std::vector<std::string> pinned_posts;    // ids or URLs; shown first, always, unless blocked
    bool hide_replies = true;
    bool hide_sensitive = true;               // posts marked sensitive or with a content warning
    bool media_needs_alt_text = true;         // an image with no description is left off the post
};

// Why a post was held back; the first rule that applies.
enum class HeldBack { BlockedAccount, BlockedWord, NotAllowed, Reply, Sensitive };

struct ModerationResult {
    std::vector<Post> posts;                  // pinned posts first (in pin order), then newest first
    std::vector<std::string> pinned_ids;      // model ids of the pinned posts among them
    std::size_t held_back[5] = {0, 0, 0, 0, 0};  // counts by HeldBack
    std::size_t images_removed = 0;           // images left off for want of alt text
};

// Blocked accounts and words always win, even over a pin or an approval.
ModerationResult moderate(const std::vector<SourcePost>& posts, const ModerationRules& rules);

}  // namespace kiosk::import
