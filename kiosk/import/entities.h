// Decoding HTML character references (&amp; &#39; &#x1F600;) in text that is otherwise plain.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::import {

// One pass: "&amp;lt;" becomes "&lt;". Unknown names and malformed references stay as written.
std::string decode_entities_once(std::string_view text);

// One pass, or two where the source escaped its text twice ("&amp;quot;", "&amp;#39;"), which some
// exporters do to abstracts; a single "&amp;" followed by a word is left as "&" plus the word.
std::string decode_entities(std::string_view text);

// The UTF-8 bytes of a code point; U+FFFD for surrogates, zero and values past U+10FFFF.
std::string utf8_encode(char32_t cp);

}  // namespace kiosk::import
