// Break iterators over UTF-8 through UText, so ICU's offsets are byte offsets. One iterator of
// each kind per thread, opened on first use: opening one per call would cost more than breaking.
#include "kiosk/base/text_breaks.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <memory>

#include "kiosk/base/utf8.h"

namespace kiosk::breaks {
namespace {

struct BreakCloser {
    void operator()(UBreakIterator* it) const { ubrk_close(it); }
};
using BreakPtr = std::unique_ptr<UBreakIterator, BreakCloser>;

struct TextCloser {
    void operator()(UText* text) const { utext_close(text); }
};
using TextPtr = std::unique_ptr<UText, TextCloser>;

BreakPtr open_iterator(UBreakIteratorType type, const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    BreakPtr it(ubrk_open(type, locale, nullptr, 0, &status));
    if (U_FAILURE(status)) return nullptr;
    return it;
}

UBreakIterator* line_iterator() {
    // Strict: small kana and the prolonged sound mark never start a line (Japanese kinsoku).
    thread_local const BreakPtr it = open_iterator(UBRK_LINE, "und@lb=strict");
    return it.get();
}

UBreakIterator* character_iterator() {
    thread_local const BreakPtr it = open_iterator(UBRK_CHARACTER, "und");
    return it.get();
}

// `it` set on `utf8`, or nothing when ICU cannot (it fails only on lack of memory).
TextPtr attach(UBreakIterator* it, std::string_view utf8) {
    if (it == nullptr) return nullptr;
    UErrorCode status = U_ZERO_ERROR;
    TextPtr text(utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
    if (U_FAILURE(status)) return nullptr;
    ubrk_setUText(it, text.get(), &status);
    if (U_FAILURE(status)) return nullptr;
    return text;
}

// The next boundary after `offset`, moved onto a code point boundary of our own decoder and kept
// past the code point at `offset`, so callers always advance and never split a sequence.
std::size_t next_boundary(UBreakIterator* it, std::string_view utf8, std::size_t offset) {
    const std::size_t minimum = offset + utf8::decode(utf8, offset).length;
    const int32_t next = ubrk_following(it, static_cast<int32_t>(offset));
    if (next == UBRK_DONE) return utf8.size();
    const std::size_t at = utf8::boundary_before(utf8, static_cast<std::size_t>(next));
    return std::min(std::max(at, minimum), utf8.size());
}

}  // namespace

std::vector<std::size_t> line_break_offsets(std::string_view utf8) {
    std::vector<std::size_t> out;
    if (utf8.empty()) return out;
    UBreakIterator* it = line_iterator();
    const TextPtr text = attach(it, utf8);
    if (!text) return {utf8.size()};
    for (std::size_t at = 0; at < utf8.size();) {
        at = next_boundary(it, utf8, at);
        out.push_back(at);
    }
    return out;
}

std::size_t cluster_end(std::string_view utf8, std::size_t offset) {
    if (offset >= utf8.size()) return utf8.size();
    UBreakIterator* it = character_iterator();
    const TextPtr text = attach(it, utf8);
    if (!text) return offset + utf8::decode(utf8, offset).length;
    return next_boundary(it, utf8, offset);
}

std::vector<std::size_t> cluster_ends(std::string_view utf8) {
    std::vector<std::size_t> out;
    UBreakIterator* it = character_iterator();
    const TextPtr text = attach(it, utf8);
    for (std::size_t at = 0; at < utf8.size();) {
        at = text ? next_boundary(it, utf8, at) : at + utf8::decode(utf8, at).length;
        out.push_back(at);
    }
    return out;
}

}  // namespace kiosk::breaks
