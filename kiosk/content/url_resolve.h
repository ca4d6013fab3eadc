// Resolving a reference such as "photos/a.jpg" against the URL of the document that holds it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// The scheme of an absolute URI ("https", "ftp"), lower-cased; nothing for a relative reference.
// A single letter followed by ':' is taken as a Windows drive, not a scheme.
std::optional<std::string> uri_scheme(std::string_view s);

// True for http:// and https:// URLs, the only kind the kiosk fetches.
bool is_web_url(std::string_view s);

// RFC 3986 section 5.2: the target of `ref` read in the document at `base`.
// resolve_reference("https://x.org/a/event.yaml", "photos/p.jpg") == "https://x.org/a/photos/p.jpg"
std::string resolve_reference(std::string_view base, std::string_view ref);

}  // namespace kiosk
