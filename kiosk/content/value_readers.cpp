// Readers for values that need more than a type check: media references and local times.
#include "kiosk/content/content_readers.h"
#include "kiosk/content/local_time.h"
#include "kiosk/content/url_resolve.h"

namespace kiosk {
namespace {

std::string folder_of(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

std::string resolve_local(const std::string& base, const std::string& ref) {
    if (!ref.empty() && ref[0] == '/') return ref;
    return folder_of(base) + ref;
}

}  // namespace

std::string read_media(MapReader& m, std::string_view key, std::string_view consequence, ReadContext& ctx) {
    const auto ref = m.text(key, Need::Optional, "a path relative to the content file, or an http(s) URL", 2000);
    if (!ref) return {};
    const std::string name = "'" + std::string(key) + "'";
    if (is_web_url(ref->text)) return ref->text;
    if (const auto scheme = uri_scheme(ref->text)) {
        ctx.reporter.error(ref->mark, name + " uses '" + *scheme + ":', which the kiosk cannot fetch; expected an "
                                      "http(s) URL or a path relative to the content file");
        return {};
    }
    if (is_web_url(ctx.base)) return resolve_reference(ctx.base, ref->text);
    const std::string path = resolve_local(ctx.base, ref->text);
    if (ctx.options.local_file_exists && !ctx.options.local_file_exists(path)) {
        ctx.reporter.warning(ref->mark, name + " file \"" + ref->text + "\" was not found (looked for " + path +
                                            "); " + std::string(consequence));
    }
    return path;
}

std::optional<Instant> read_local_instant(MapReader& m, std::string_view key, Need need, ReadContext& ctx) {
    const auto text = m.text(key, need, "a local date and time like \"2023-10-09 17:30\"", 100);
    if (!text) return std::nullopt;
    const std::string name = "'" + std::string(key) + "': ";
    const auto parsed = parse_date_time(text->text, false);
    if (!parsed) {
        ctx.reporter.error(text->mark, name + parsed.error().message);
        return std::nullopt;
    }
    if (!ctx.zone) return std::nullopt;
    const auto zoned = to_instant(parsed->local, *ctx.zone);
    if (!zoned) {
        ctx.reporter.error(text->mark, name + zoned.error().message);
        return std::nullopt;
    }
    if (!zoned->warning.empty()) ctx.reporter.warning(text->mark, name + zoned->warning);
    return zoned->instant;
}

}  // namespace kiosk
