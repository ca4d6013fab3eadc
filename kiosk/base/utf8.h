// The one UTF-8 decoder and encoder (code points at an offset, whole strings, counts and
// boundaries), and the character classes that line breaking needs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// One decoded code point and how many bytes it took.
struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

// The code point starting at `offset`, or nothing when the bytes there are not valid UTF-8: a stray
// continuation byte, a truncated, overlong or surrogate sequence, or a value past U+10FFFF.
std::optional<CodePoint> try_decode(std::string_view text, std::size_t offset);

// As try_decode, but invalid bytes decode as U+FFFD, one byte each, so a walk always advances and
// never splits a valid sequence.
CodePoint decode(std::string_view text, std::size_t offset);

// Every code point of `text`; invalid bytes are dropped one by one, not replaced.
std::vector<char32_t> decode(std::string_view text);

// Appends the UTF-8 form of one valid code point to `out`.
void append(std::string& out, char32_t code_point);

std::string encode(const std::vector<char32_t>& code_points);

// Whether `byte` continues a sequence (10xxxxxx) rather than starting one.
constexpr bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U; }

// The number of characters in `text`, counted by the bytes that start one.
std::size_t count(std::string_view text);

// The largest offset no greater than `offset` where a character starts, so that a cut there never
// splits one.
std::size_t boundary_before(std::string_view text, std::size_t offset);

// Clusters and spaces for line breaking (utf8_classes.cpp); where lines may break is
// breaks::line_break_offsets, and writing direction bidi::resolve.

// The byte length of the grapheme cluster starting at `offset` (UAX #29, from ICU: see
// kiosk/base/text_breaks.h): a base with its combining marks, a ZWJ emoji sequence with its
// modifiers, a flag. Text is only ever cut between clusters, so an accent or a family emoji stays
// whole.
std::size_t cluster_length(std::string_view text, std::size_t offset);

// Space characters that separate words (and are dropped at a line break).
bool is_space(char32_t c);

}  // namespace kiosk::utf8
