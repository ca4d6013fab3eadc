// The command lines of validate, check-config, fetch, render and feed, parsed into plain values
// before anything is opened (`kiosk run`'s are in run_options.h). Each parser gives the values or
// one line saying what is wrong with the command line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/trust/minisign.h"
#include "kiosk/base/result.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/import/source_format.h"
#include "kiosk/net/http_client.h"

namespace kiosk {

using Args = std::vector<std::string>;  // the arguments after the command name

extern const char* const kValidateUsage;
extern const char* const kCheckConfigUsage;
extern const char* const kFetchUsage;
extern const char* const kRenderUsage;
extern const char* const kFeedUsage;

// `kiosk validate PATH`
struct ValidateArgs {
    std::string path;
};
Result<ValidateArgs> parse_validate_args(const Args& args);

// `kiosk check-config [FILE] [--show]`
struct CheckConfigArgs {
    std::string path;  // empty: $KIOSK_CONFIG, else /etc/kiosk/kiosk.yaml
    bool show = false;
};
Result<CheckConfigArgs> parse_check_config_args(const Args& args);

// `kiosk fetch --content URL --cache DIR ...`
struct FetchArgs {
    std::string content;
    std::string posts;
    std::string time_zone;
    std::string cache;
    TlsOptions tls;
    std::uint64_t cache_bytes = kDefaultCacheBytes;
    std::vector<trust::PublicKey> trusted_keys;  // --trusted-key, repeatable
};
// The options as written; whether the sources are ones the kiosk may read is check_fetch_sources'.
Result<FetchArgs> parse_fetch_args(const Args& args);
Status check_fetch_sources(const FetchArgs& args);

// `kiosk render [--content PATH | --cache DIR] [--out DIR] [--size WxH]... [--at TIME]`
struct RenderArgs {
    std::string content;  // the bundled sample when neither this nor `cache` is given
    std::string cache;
    std::string out = "preview";
    std::vector<Size> sizes;  // 1920x1080 when none is given
    std::optional<std::string> at;
};
Result<RenderArgs> parse_render_args(const Args& args);

// `kiosk feed --source URL|PATH --out FILE [--rules FILE] [--format NAME]`
struct FeedArgs {
    std::string source;
    std::string out;
    std::string rules;
    std::optional<import::SourceFormat> format;  // none: detected from the bytes
};
Result<FeedArgs> parse_feed_args(const Args& args);

// `kiosk publish FILE --to URL --key SECRET_KEY [--user NAME:PASSWORD] [--ca-file FILE] [--expires-in DAYS]`
struct PublishArgs {
    std::string file;
    std::string to;          // the folder URL the content is served from
    std::string key;         // a minisign secret key file
    std::string user;        // empty: ~/.netrc
    std::string ca_file;
    std::optional<int> expires_in_days;
};
Result<PublishArgs> parse_publish_args(const Args& args);

}  // namespace kiosk
