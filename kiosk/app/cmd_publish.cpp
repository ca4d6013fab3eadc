// `kiosk publish FILE --to URL --key SECRET_KEY`: the organiser's one command. The file is checked
// as `kiosk validate` checks it, every file it names is pinned by SHA-256, the result is signed
// with the organiser's minisign key, and everything is uploaded with HTTP PUT: the named files
// first, then the content file, then its signature. A screen that polls in between finds a
// document whose signature does not match yet, keeps what it shows, and asks again next time.
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <span>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/app/publish_pins.h"
#include "kiosk/app/schedule_file.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/content/content_limits.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/import/import_limits.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/net/http_upload.h"
#include "kiosk/trust/minisign_sign.h"

namespace kiosk {

const char* const kPublishUsage =
    "usage: kiosk publish FILE --to URL --key SECRET_KEY [--user NAME:PASSWORD] [--ca-file FILE]\n"
    "                     [--expires-in DAYS]\n"
    "Checks FILE as kiosk validate does, pins every photo, logo and export it names by SHA-256,\n"
    "signs it with the minisign secret key (its password from $KIOSK_KEY_PASSWORD when it has one)\n"
    "and uploads with HTTP PUT to the folder URL: the named files, then FILE, then FILE.minisig.\n"
    "Credentials come from --user, else from ~/.netrc. Screens whose trusted_keys hold the\n"
    "matching public key show it at their next poll. --expires-in marks the signature to expire.\n"
    "Exit status: 0 published, 1 refused or failed (what was not uploaded is said), 2 usage errors.\n";

namespace {

// Photos and exports alike: the larger of the two limits the screens apply.
constexpr std::size_t kMaxPublishedFileBytes = 16u << 20;

std::string folder_url(std::string url) {
    if (!url.ends_with('/')) url += '/';
    return url;
}

std::string size_text(std::size_t bytes) {
    return bytes < 10'240 ? std::to_string(bytes) + " bytes" : std::to_string(bytes >> 10) + " KiB";
}

}  // namespace

Result<PublishArgs> parse_publish_args(const Args& args) {
    PublishArgs out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (!flag.starts_with("--")) {
            if (!out.file.empty()) return unexpected("one content file at a time, not also '" + flag + "'");
            out.file = flag;
            continue;
        }
        if (i + 1 >= args.size()) return unexpected("option '" + flag + "' wants a value");
        const std::string& value = args[++i];
        if (flag == "--to") {
            out.to = value;
        } else if (flag == "--key") {
            out.key = value;
        } else if (flag == "--user") {
            out.user = value;
        } else if (flag == "--ca-file") {
            out.ca_file = value;
        } else if (flag == "--expires-in") {
            int days = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), days);
            if (ec != std::errc() || end != value.data() + value.size() || days < 1 || days > 3650) {
                return unexpected("--expires-in wants a number of days, 1 to 3650, not '" + value + "'");
            }
            out.expires_in_days = days;
        } else {
            return unexpected("unknown option '" + flag + "'");
        }
    }
    if (out.file.empty()) return unexpected(std::string("which content file? kiosk publish FILE --to URL --key KEY"));
    if (out.to.empty()) return unexpected(std::string("--to is required"));
    if (out.key.empty()) return unexpected(std::string("--key is required"));
    if (!out.to.starts_with("http://") && !out.to.starts_with("https://")) {
        return unexpected("--to wants the http(s) URL of the folder the content is served from, not '" + out.to + "'");
    }
    return out;
}

int run_publish(const PublishArgs& args, Instant now, std::optional<std::string> password, CommandIo& io) {
    // 1. The same checks as kiosk validate: nothing is uploaded while the file has errors.
    const LoadResult loaded = load_content_or_schedule(args.file);
    for (const auto& d : loaded.diagnostics) io.err << format_diagnostic(d) << "\n";
    if (loaded.unreadable || has_errors(loaded.diagnostics) || !loaded.content) {
        io.err << "kiosk publish: " << args.file << ": not published (" << summarise(loaded.diagnostics) << ")\n";
        return 1;
    }
    // 2. Pins.
    const auto text = read_file_limited(args.file, limits::kMaxFileBytes);
    if (!text) {
        io.err << "kiosk publish: " << args.file << ": " << text.error().message << "\n";
        return 1;
    }
    const std::filesystem::path folder = std::filesystem::path(args.file).parent_path();
    const std::string name = std::filesystem::path(args.file).filename().string();
    auto pinned = pin_content_files(*text, name, [&](const std::string& relative) {
        return read_file_limited((folder / relative).string(), kMaxPublishedFileBytes);
    });
    if (!pinned) {
        io.err << "kiosk publish: " << pinned.error().message << "\n";
        return 1;
    }
    // 3. The signature.
    const auto key_text = read_file_limited(args.key, 4096);
    if (!key_text) {
        io.err << "kiosk publish: " << args.key << ": " << key_text.error().message << "\n";
        return 1;
    }
    const auto key = trust::parse_secret_key(*key_text, password);
    if (!key) {
        io.err << "kiosk publish: " << args.key << ": " << key.error().message
               << (key.error().message.find("password is needed") != std::string::npos ? " (set KIOSK_KEY_PASSWORD)" : "")
               << "\n";
        return 1;
    }
    const std::int64_t signed_at = now.time_since_epoch().count();
    std::optional<std::int64_t> expires;
    if (args.expires_in_days) expires = signed_at + std::int64_t{*args.expires_in_days} * 86'400;
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(pinned->text.data()),
                                              pinned->text.size());
    const std::string signature = trust::sign_message(bytes, *key, trust::trusted_comment_for(name, signed_at, expires));
    // 4. Uploads: the files first, so a screen never finds a pin with nothing behind it.
    auto uploader = HttpUploader::create(UploadOptions{TlsOptions{args.ca_file, {}}, args.user});
    if (!uploader) {
        io.err << "kiosk publish: " << uploader.error().message << "\n";
        return 1;
    }
    const std::string base = folder_url(args.to);
    const auto upload = [&](const std::string& path, std::string_view body) {
        if (auto put = uploader->put(base + path, body); !put) {
            io.err << "kiosk publish: " << put.error().message << "; the screens keep what they show\n";
            return false;
        }
        io.out << "kiosk publish: uploaded " << path << " (" << size_text(body.size()) << ")\n";
        return true;
    };
    for (const auto& file : pinned->files) {
        if (!upload(file.path, file.bytes)) return 1;
    }
    if (!upload(name, pinned->text) || !upload(name + ".minisig", signature)) return 1;
    io.out << "kiosk publish: " << base << name << " signed by key " << trust::key_id_text(key->id)
           << " at timestamp " << signed_at << "\n";
    return 0;
}

int cmd_publish(const Args& args, CommandIo& io) {
    if (asks_for_help(args)) return print_help(kPublishUsage, io);
    const auto parsed = parse_publish_args(args);
    if (!parsed) {
        io.err << "kiosk publish: " << parsed.error().message << "\n" << kPublishUsage;
        return 2;
    }
    const auto curl = CurlLibrary::create();
    if (!curl) {
        io.err << "kiosk publish: " << curl.error().message << "\n";
        return 1;
    }
    std::optional<std::string> password;
    if (const char* p = std::getenv("KIOSK_KEY_PASSWORD")) password = std::string(p);
    return run_publish(*parsed, system_now(), password, io);
}

}  // namespace kiosk
