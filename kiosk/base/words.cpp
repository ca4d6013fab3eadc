// Case folding and word edges through ICU.
#include "kiosk/base/words.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "kiosk/base/utf8.h"

namespace kiosk::words {
namespace {

struct CaseMapCloser {
    void operator()(UCaseMap* map) const { ucasemap_close(map); }
};
struct BreakCloser {
    void operator()(UBreakIterator* it) const { ubrk_close(it); }
};
struct TextCloser {
    void operator()(UText* text) const { utext_close(text); }
};

// Letters, digits, marks and the connector "_" continue a word; anything else ends one.
bool word_character(char32_t cp) {
    const auto c = static_cast<UChar32>(cp);
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c)) return true;
    const auto category = u_charType(c);
    return category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK || category == U_ENCLOSING_MARK ||
           category == U_CONNECTOR_PUNCTUATION;
}

// ICU's word boundaries of `text`, as a flag per byte offset (and one past the end).
std::vector<bool> word_boundaries(std::string_view text) {
    std::vector<bool> out(text.size() + 1, false);
    out.front() = out.back() = true;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UBreakIterator, BreakCloser> it(ubrk_open(UBRK_WORD, "und", nullptr, 0, &status));
    if (U_FAILURE(status)) return out;
    const std::unique_ptr<UText, TextCloser> utext(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    if (U_FAILURE(status)) return out;
    ubrk_setUText(it.get(), utext.get(), &status);
    if (U_FAILURE(status)) return out;
    for (int32_t at = ubrk_first(it.get()); at != UBRK_DONE; at = ubrk_next(it.get())) {
        if (static_cast<std::size_t>(at) <= text.size()) out[static_cast<std::size_t>(at)] = true;
    }
    return out;
}

bool edge_before(std::string_view text, std::size_t at, const std::vector<bool>& boundaries) {
    if (at == 0 || boundaries[at]) return true;
    return !word_character(utf8::decode(text, utf8::boundary_before(text, at - 1)).value);
}

bool edge_after(std::string_view text, std::size_t at, const std::vector<bool>& boundaries) {
    if (at >= text.size() || boundaries[at]) return true;
    return !word_character(utf8::decode(text, at).value);
}

}  // namespace

std::string fold_case(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCaseMap, CaseMapCloser> map(ucasemap_open("", U_FOLD_CASE_DEFAULT, &status));
    if (U_FAILURE(status) || utf8.size() > INT32_MAX / 4) return std::string(utf8);
    // Full folding grows a text by at most three times ("ΐ" folds to three code points).
    std::string out(utf8.size() * 3 + 4, '\0');
    const int32_t length = ucasemap_utf8FoldCase(map.get(), out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                                 static_cast<int32_t>(utf8.size()), &status);
    if (U_FAILURE(status) || length < 0) return std::string(utf8);
    out.resize(static_cast<std::size_t>(length));
    return out;
}

bool contains_word(std::string_view folded, std::string_view word) {
    if (word.empty()) return false;
    std::vector<bool> boundaries;
    for (auto i = folded.find(word); i != std::string_view::npos; i = folded.find(word, i + 1)) {
        if (boundaries.empty()) boundaries = word_boundaries(folded);
        // A rule that itself starts or ends with a non-word character ("#tag", "c++") needs no edge there.
        const bool start = !word_character(utf8::decode(word, 0).value) || edge_before(folded, i, boundaries);
        const std::size_t end = i + word.size();
        const bool last_is_word = word_character(utf8::decode(word, utf8::boundary_before(word, word.size() - 1)).value);
        const bool finish = !last_is_word || edge_after(folded, end, boundaries);
        if (start && finish) return true;
    }
    return false;
}

}  // namespace kiosk::words
