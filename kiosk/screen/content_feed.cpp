// The content feed: start-up from a local file or the cache, then updates from the pollers.
#include "kiosk/screen/content_feed.h"

#include <span>

#include <algorithm>
#include <filesystem>

#include "kiosk/base/log.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/content/content_file.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/net/signed_snapshot.h"
#include "kiosk/net/source_reader.h"
#include "kiosk/net/source_policy.h"

namespace kiosk {
namespace {

bool is_local(const std::string& source) {
    const auto current = std::filesystem::current_path().string();
    const auto classified = classify_source(source, current);
    return classified && classified->kind == SourceKind::Local;
}

PollerOptions poller_options(const FeedOptions& o, const std::string& source, SnapshotKind kind,
                             std::chrono::seconds interval) {
    PollerOptions p;
    p.sync.source = source;
    p.sync.kind = kind;
    p.sync.cache_dir = o.cache_dir;
    p.sync.cache_max_bytes = o.cache_max_bytes;
    p.sync.tls = o.tls;
    p.sync.trusted_keys = o.trusted_keys;
    p.interval = interval;
    return p;
}

bool same_tls(const TlsOptions& a, const TlsOptions& b) {
    return a.ca_file == b.ca_file && a.pinned_public_key == b.pinned_public_key;
}

bool same_keys(const std::vector<trust::PublicKey>& a, const std::vector<trust::PublicKey>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const trust::PublicKey& x, const trust::PublicKey& y) { return x.id == y.id && x.key == y.key; });
}

// Whether a poller set up from `a` would poll differently from one set up from `b`.
bool same_content_polling(const FeedOptions& a, const FeedOptions& b) {
    return a.content == b.content && a.cache_dir == b.cache_dir && a.cache_max_bytes == b.cache_max_bytes &&
           a.poll_interval == b.poll_interval &&
           same_tls(a.tls, b.tls) && same_keys(a.trusted_keys, b.trusted_keys);
}

bool same_posts_polling(const FeedOptions& a, const FeedOptions& b) {
    return a.posts == b.posts && a.cache_dir == b.cache_dir && a.cache_max_bytes == b.cache_max_bytes &&
           a.posts_poll_interval == b.posts_poll_interval &&
           same_tls(a.tls, b.tls) && same_keys(a.trusted_keys, b.trusted_keys);
}

// With trusted keys, a cached snapshot is shown only while one of them vouches for it.
bool trusted_snapshot(const FeedOptions& o, const CachedSnapshot& cached, std::string_view what) {
    if (o.trusted_keys.empty()) return true;
    const SnapshotStore store(o.cache_dir, snapshot_document_loader());
    if (auto verified = verify_cached_snapshot(store, cached, o.trusted_keys); !verified) {
        log::error("cache: the cached " + std::string(what) + " is not shown: " + verified.error().message);
        return false;
    }
    return true;
}

// With trusted keys, a local content file is shown only with its signature beside it; `document`
// is the file as read, the bytes that are then loaded.
Status check_local_signature(const FeedOptions& o, const std::string& path, const std::string& document) {
    if (o.trusted_keys.empty()) return {};
    const auto signature = read_file_limited(path + ".minisig", trust::kMaxSignatureBytes);
    if (!signature) return unexpected("no signature: " + signature.error().message);
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(document.data()), document.size());
    auto checked = trust::check_signed_document(bytes, *signature, o.trusted_keys, trust::signed_file_name(path),
                                                std::nullopt);
    if (!checked) return unexpected(checked.error());
    return {};
}

}  // namespace

ContentFeed::ContentFeed(FeedOptions options)
    : options_(std::move(options)), trial_timer_(options_.confirm_after), posts_trial_timer_(options_.confirm_after) {}

ContentFeed::~ContentFeed() = default;

Status ContentFeed::start() {
    if (is_local(options_.content)) load_local_file();
    if (!base_) load_cache();
    if (auto started = start_content_poller(); !started) return started;
    if (!options_.posts.empty()) {
        load_posts_cache();
        start_posts_poller();
    }
    return {};
}

Status ContentFeed::start_content_poller() {
    auto poller = ContentPoller::start(
        poller_options(options_, options_.content, SnapshotKind::Content, options_.poll_interval));
    if (!poller) return unexpected(std::move(poller).error());
    content_poller_ = std::move(*poller);
    return {};
}

Status ContentFeed::reconfigure(FeedOptions next) {
    const bool content_same = same_content_polling(options_, next);
    const bool posts_same = same_posts_polling(options_, next);
    const bool source_changed = next.content != options_.content;
    const bool room_changed = next.room != options_.room;
    options_ = std::move(next);
    Status started;
    // The old poller goes first: two workers must never write the same cache at once.
    if (!posts_same) {
        posts_poller_.reset();
        posts_zone_.clear();
    }
    if (!content_same) {
        content_poller_.reset();
        if (source_changed && is_local(options_.content)) load_local_file();
        started = start_content_poller();
    }
    if (!posts_same) start_posts_poller();
    // Posts of a feed no longer configured go; those of a replaced feed stay until it answers.
    const bool posts_dropped = options_.posts.empty() && posts_.has_value();
    if (posts_dropped) {
        posts_.reset();
        posts_trial_timer_.clear();
    }
    if (base_ && (room_changed || posts_dropped)) apply(*base_);
    return started;
}

// A local file is read at once, so an organiser sees a mistake with its line and column
// before anything else happens; the screen then falls back to the cache.
void ContentFeed::load_local_file() {
    const std::string path = options_.content.starts_with("file://")
                                 ? path_from_file_url(options_.content).value_or(options_.content)
                                 : options_.content;
    const auto text = read_content_file(path);
    if (text) {
        if (auto signed_file = check_local_signature(options_, path, *text); !signed_file) {
            load_error_ = path + ": not signed by a trusted key: " + signed_file.error().message;
            log::error(load_error_ + "; showing the last good content, if any");
            return;
        }
    }
    LoadResult loaded = text ? load_content_text_with_sources(*text, path) : failed_read(text.error());
    for (const auto& d : loaded.diagnostics) {
        log::write(d.severity == Severity::Error ? log::Level::Error : log::Level::Warning, format_diagnostic(d));
    }
    if (loaded.content) {
        apply(std::move(*loaded.content));
        trial_timer_.clear();
        return;
    }
    load_error_ = loaded.diagnostics.empty() ? path + ": cannot be loaded" : format_diagnostic(loaded.diagnostics.front());
    log::error(path + ": not shown (" + summarise(loaded.diagnostics) + "); showing the last good content, if any");
}

// Boot counting first: a snapshot that earlier runs could not keep on screen is set aside here,
// before it is read, and the last good one is shown instead.
void ContentFeed::load_cache() {
    const BootStart boot = begin_boot(options_.cache_dir, SnapshotKind::Content);
    set_aside_ = boot.set_aside;
    auto cached = load_initial(options_.cache_dir, snapshot_document_loader(), SnapshotKind::Content);
    if (!cached || !trusted_snapshot(options_, *cached, "content")) return;
    const TrialBook& book = boot.book;
    if (book.trial && book.trial->id == cached->id) trial_timer_.showing(cached->id);
    apply(std::move(cached->content));
}

// The posts snapshot is counted like the content's, apart from it: posts that stop the screen are
// set aside and the last good posts shown, while the programme stays.
void ContentFeed::load_posts_cache() {
    const BootStart boot = begin_boot(options_.cache_dir, SnapshotKind::Posts);
    posts_set_aside_ = boot.set_aside;
    auto cached = load_initial(options_.cache_dir, snapshot_document_loader(), SnapshotKind::Posts);
    if (!cached || !trusted_snapshot(options_, *cached, "posts")) return;
    const TrialBook& book = boot.book;
    if (book.trial && book.trial->id == cached->id) posts_trial_timer_.showing(cached->id);
    apply_posts(std::move(cached->content.posts));
}

void ContentFeed::stop_cleanly() {
    // The workers go first, so none records a new trial after this.
    content_poller_.reset();
    posts_poller_.reset();
    for (const auto kind : {SnapshotKind::Content, SnapshotKind::Posts}) {
        const std::string id = (kind == SnapshotKind::Content ? trial_timer_ : posts_trial_timer_).pending();
        if (id.empty()) continue;
        if (auto r = record_clean_stop(options_.cache_dir, id, kind); !r) {
            log::warning("cache: " + r.error().message);
        } else {
            log::info("cache: stopped cleanly while " + std::string(kind_name(kind)) + " snapshot " + id +
                      " was on trial; this start does not count");
        }
    }
}

void ContentFeed::tick_trial(std::chrono::steady_clock::time_point now) {
    if (auto confirmed = trial_timer_.tick(now); confirmed && content_poller_) {
        content_poller_->confirm_snapshot(std::move(*confirmed));
    }
    if (auto confirmed = posts_trial_timer_.tick(now); confirmed && posts_poller_) {
        posts_poller_->confirm_snapshot(std::move(*confirmed));
    }
}

void ContentFeed::start_posts_poller() {
    if (options_.posts.empty() || !base_) return;
    const std::string zone = base_->event.time_zone_name;
    if (posts_poller_ && zone == posts_zone_) return;
    posts_poller_.reset();
    auto p = poller_options(options_, options_.posts, SnapshotKind::Posts, options_.posts_poll_interval);
    p.sync.time_zone = zone;
    auto poller = ContentPoller::start(std::move(p));
    if (!poller) {
        log::error("posts feed " + options_.posts + ": " + poller.error().message);
        return;
    }
    posts_zone_ = zone;
    posts_poller_ = std::move(*poller);
}

void ContentFeed::apply(Content content) {
    base_ = std::move(content);
    Content shown = *base_;
    if (posts_) shown.posts = *posts_;
    if (options_.room) shown.display.room = options_.room;
    content_ = std::make_shared<const Content>(std::move(shown));
    ++generation_;
    load_error_.clear();
}

void ContentFeed::apply_posts(std::vector<Post> posts) {
    posts_ = std::move(posts);
    if (base_) apply(*base_);
}

bool ContentFeed::take_updates() {
    const std::uint64_t before = generation_;
    if (content_poller_) {
        if (auto update = content_poller_->take_update()) {
            trial_timer_.showing(update->snapshot_id);
            apply(std::move(update->content));
            start_posts_poller();
        }
    }
    if (posts_poller_) {
        if (auto update = posts_poller_->take_update()) {
            posts_trial_timer_.showing(update->snapshot_id);
            apply_posts(std::move(update->content.posts));
        }
    }
    return generation_ != before;
}

ConnectionStatus ContentFeed::status() const {
    if (!content_poller_) return ConnectionStatus{};
    return content_poller_->status();
}

std::optional<std::chrono::seconds> ContentFeed::clock_correction() const {
    return content_poller_ ? content_poller_->clock_correction() : std::nullopt;
}

std::optional<std::chrono::seconds> ContentFeed::server_offset() const {
    return content_poller_ ? content_poller_->server_offset() : std::nullopt;
}

void ContentFeed::poll_now() {
    if (content_poller_) content_poller_->poll_now();
    if (posts_poller_) posts_poller_->poll_now();
}

std::string ContentFeed::last_error() const {
    const ConnectionStatus s = status();
    if (!s.last_error.empty()) return s.last_error;
    return load_error_;
}

}  // namespace kiosk
