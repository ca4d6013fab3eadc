// A venue screen must never show an offensive post because it used the hashtag: every rule errs on
// the side of leaving a post out.
#include "kiosk/import/moderation.h"

#include <algorithm>
#include <optional>

#include "kiosk/base/ascii_text.h"
#include "kiosk/base/words.h"

namespace kiosk::import {
namespace {

std::string account_key(std::string_view rule) {
    if (rule.starts_with("@")) rule.remove_prefix(1);
    return ascii_lower(rule);
}

bool account_matches(const std::string& account, const std::vector<std::string>& rules) {
    if (account.empty()) return false;
    const auto at = account.find('@');
    for (const auto& rule : rules) {
        const std::string key = account_key(rule);
        if (key == account) return true;
        if (key.starts_with("*@") && at != std::string::npos && account.substr(at + 1) == key.substr(2)) return true;
    }
    return false;
}

bool listed(const SourcePost& p, const std::vector<std::string>& ids_or_urls) {
    return std::any_of(ids_or_urls.begin(), ids_or_urls.end(), [&](const std::string& x) {
        return !x.empty() && (x == p.source_id || x == p.original_id || x == p.url || x == p.post.id);
    });
}

std::optional<HeldBack> verdict(const SourcePost& p, const ModerationRules& rules) {
    if (account_matches(p.account, rules.blocked_accounts) || account_matches(p.boosted_by_account, rules.blocked_accounts))
        return HeldBack::BlockedAccount;
    // Folded in full (ICU), so "ÒGÚN" meets a rule "ògún"; words end at punctuation in any script.
    const std::string text = words::fold_case(p.post.text + "\n" + p.post.author + "\n" + p.content_warning);
    for (const auto& word : rules.blocked_words)
        if (words::contains_word(text, words::fold_case(word))) return HeldBack::BlockedWord;
    const bool vouched = listed(p, rules.approved_posts) || listed(p, rules.pinned_posts);
    if (rules.allow_list_only && !vouched && !account_matches(p.account, rules.allowed_accounts))
        return HeldBack::NotAllowed;
    if (vouched) return std::nullopt;
    if (rules.hide_replies && p.reply) return HeldBack::Reply;
    if (rules.hide_sensitive && (p.sensitive || !p.content_warning.empty())) return HeldBack::Sensitive;
    return std::nullopt;
}

std::size_t pin_rank(const SourcePost& p, const ModerationRules& rules) {
    for (std::size_t i = 0; i < rules.pinned_posts.size(); ++i)
        if (listed(p, {rules.pinned_posts[i]})) return i;
    return rules.pinned_posts.size();
}

}  // namespace

ModerationResult moderate(const std::vector<SourcePost>& posts, const ModerationRules& rules) {
    ModerationResult out;
    std::vector<std::pair<std::size_t, Post>> kept;
    for (const auto& p : posts) {
        if (const auto why = verdict(p, rules)) {
            ++out.held_back[static_cast<std::size_t>(*why)];
            continue;
        }
        Post post = p.post;
        if (rules.media_needs_alt_text && p.image_without_alt && !post.image.empty()) {
            post.image.clear();
            ++out.images_removed;
        }
        kept.emplace_back(pin_rank(p, rules), std::move(post));
    }
    // Pins first in the order the rules list them; the rest newest first, unknown times last.
    std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return a.second.time.value_or(Instant::min()) > b.second.time.value_or(Instant::min());
    });
    for (auto& [rank, post] : kept) {
        if (rank < rules.pinned_posts.size()) out.pinned_ids.push_back(post.id);
        out.posts.push_back(std::move(post));
    }
    return out;
}

}  // namespace kiosk::import
