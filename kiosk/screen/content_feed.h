// What the screen shows and where it comes from: the content (and posts feed) read at start from
// a local file or the cache, then kept current by the pollers' worker threads.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/trust/minisign.h"
#include "kiosk/base/result.h"
#include "kiosk/cache/snapshot_trial.h"
#include "kiosk/cache/trial_files.h"
#include "kiosk/content/content_model.h"
#include "kiosk/net/connection_status.h"
#include "kiosk/net/content_poller.h"

namespace kiosk {

struct FeedOptions {
    // How long a new snapshot must stay on screen to be confirmed good (kiosk/cache/snapshot_trial.h).
    std::chrono::steady_clock::duration confirm_after = kTrialConfirmAfter;
    std::string content;                      // path or URL
    std::string posts;                        // optional posts feed
    std::string cache_dir;
    std::uint64_t cache_max_bytes = 256ull << 20;  // the cache's bound and each snapshot's byte budget
    std::chrono::seconds poll_interval{30};
    std::chrono::seconds posts_poll_interval{15};
    std::optional<std::string> room;          // the config's room filter, overriding the content's
    TlsOptions tls;
    std::vector<trust::PublicKey> trusted_keys;  // set: only content signed by one of them is shown
};

// Lives on the frame loop's thread; the pollers hand their results over without blocking it.
class ContentFeed {
public:
    explicit ContentFeed(FeedOptions options);
    ~ContentFeed();
    ContentFeed(const ContentFeed&) = delete;
    ContentFeed& operator=(const ContentFeed&) = delete;

    // Reads what can be shown at once (a local file, else the cache) and starts the pollers.
    // Fails only when the source itself is unusable (an unsupported scheme).
    Status start();

    // Takes new content or posts from the workers; true when what is shown should change.
    bool take_updates();
    // The content to show, with the room filter and posts feed applied; null before any. Shared,
    // so a slide on screen keeps the content it was drawn from until the next slide boundary.
    std::shared_ptr<const Content> content() const { return content_; }
    // Grows with every change of content(), so slides drawn from older content can be told apart.
    std::uint64_t generation() const { return generation_; }

    ConnectionStatus status() const;
    // The system clock's error as the servers' Date headers show it, when over a minute.
    std::optional<std::chrono::seconds> clock_correction() const;
    std::optional<std::chrono::seconds> server_offset() const;
    void poll_now();

    // A reloaded config. Pollers whose source, interval, cache or TLS settings changed are
    // replaced (and poll at once); a new room filter applies at once. The content on screen stays
    // until the new source gives its own, so a reload never blanks the screen. The error when
    // the new content source cannot be polled at all; the feed then keeps no content poller.
    Status reconfigure(FeedOptions options);

    // From the frame loop, each frame: a snapshot that has stayed on screen long enough is
    // confirmed good (recorded by the poller's worker, never on this thread).
    void tick_trial(std::chrono::steady_clock::time_point now);
    // At a clean stop (after the frame loop has ended): stops the pollers, and gives back the start
    // of a snapshot still on trial, since a loop that handled the signal was not stuck on it.
    void stop_cleanly();
    // The snapshot set aside at this start because earlier runs could not keep showing it: the
    // content's, else the posts'.
    const std::optional<SetAsideReport>& set_aside() const { return set_aside_ ? set_aside_ : posts_set_aside_; }

    const std::string& source() const { return options_.content; }
    // Why nothing can be shown yet: the last load or fetch error.
    std::string last_error() const;

private:
    void load_local_file();
    void load_cache();
    void load_posts_cache();
    Status start_content_poller();
    void start_posts_poller();
    void apply(Content content);
    void apply_posts(std::vector<Post> posts);

    FeedOptions options_;
    std::optional<Content> base_;             // the content as loaded, before posts and room
    std::optional<std::vector<Post>> posts_;  // the posts feed, once it gave any
    std::shared_ptr<const Content> content_;
    std::uint64_t generation_ = 0;
    std::string load_error_;
    std::string posts_zone_;                  // the zone the posts poller reads local times in
    std::unique_ptr<ContentPoller> content_poller_;
    std::unique_ptr<ContentPoller> posts_poller_;
    TrialTimer trial_timer_;        // the content snapshot on trial
    TrialTimer posts_trial_timer_;  // the posts snapshot on trial, counted apart
    std::optional<SetAsideReport> set_aside_;
    std::optional<SetAsideReport> posts_set_aside_;
};

}  // namespace kiosk
