// Line breaking: the text between break opportunities (UAX #14, from ICU) becomes tokens, tokens
// fill lines greedily, and a token wider than a line is cut between grapheme clusters.
#include "kiosk/layout/line_break.h"

#include <algorithm>
#include <optional>

#include "kiosk/base/bidi.h"
#include "kiosk/base/text_breaks.h"
#include "kiosk/base/utf8.h"

namespace kiosk {

namespace {

// A piece of a paragraph that is never broken unless it alone is wider than a line: the text
// between two line-break opportunities (UAX #14), without the spaces at its end.
struct Token {
    std::string_view text;
    std::string_view gap;  // the spaces before it, dropped when a line breaks there

    bool space_before() const { return !gap.empty(); }
};

// Texts of up to this many clusters are measured whole; longer ones by growing prefixes.
constexpr std::size_t kProbeClusters = 64;

// The spaces at the end of a piece, which hang past a line's end instead of starting the next.
std::size_t trailing_spaces(std::string_view piece) {
    std::size_t end = piece.size();
    while (end > 0) {
        const std::size_t start = utf8::boundary_before(piece, end - 1);
        if (!utf8::is_space(utf8::decode(piece, start).value)) break;
        end = start;
    }
    return piece.size() - end;
}

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t start = 0;
    std::string_view gap;
    for (std::size_t end : breaks::line_break_offsets(text)) {
        const std::string_view piece = text.substr(start, end - start);
        const std::size_t spaces = trailing_spaces(piece);
        if (spaces < piece.size()) {
            tokens.push_back(Token{piece.substr(0, piece.size() - spaces), tokens.empty() ? std::string_view{} : gap});
            gap = piece.substr(piece.size() - spaces);
        } else if (!tokens.empty()) {
            const std::size_t gap_start = gap.empty() ? start : static_cast<std::size_t>(gap.data() - text.data());
            gap = text.substr(gap_start, end - gap_start);
        }
        start = end;
    }
    return tokens;
}

// The byte offset after the first `count` clusters of `text`, or its size when it has fewer.
std::size_t after_clusters(std::string_view text, std::size_t count) {
    std::size_t at = 0;
    for (std::size_t n = 0; n < count && at < text.size(); ++n) at += utf8::cluster_length(text, at);
    return at;
}

// The width of `text` when it is at most `limit`; nothing when it is wider. A long text is
// measured by prefixes of doubling length, stopping at the first one past the limit, so a word of
// thousands of characters costs about as much as the part of it that fits. A prefix is taken to be
// no wider than the whole, as for the cut between characters below.
std::optional<int> width_within(std::string_view text, int limit, FontSpec font, const TextMeasurer& measurer) {
    for (std::size_t clusters = kProbeClusters;; clusters *= 2) {
        const std::size_t end = after_clusters(text, clusters);
        const int w = measurer.width(text.substr(0, end), font);
        if (w > limit) return std::nullopt;
        if (end >= text.size()) return w;
    }
}

std::string_view trim_end_spaces(std::string_view text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

// The text without spaces and separators at its end, so "Centre ·" reads "Centre" before an ellipsis.
std::string_view trim_dangling(std::string_view text) {
    constexpr std::string_view kMiddleDot = "\u00B7";
    for (;;) {
        text = trim_end_spaces(text);
        if (text.ends_with(kMiddleDot)) {
            text.remove_suffix(kMiddleDot.size());
        } else if (text.ends_with("\u2066") || text.ends_with("\u2067") || text.ends_with("\u2068")) {
            text.remove_suffix(3);  // an isolate opened for a part the cut left out
        } else if (!text.empty() && (text.back() == ',' || text.back() == ':' || text.back() == ';')) {
            text.remove_suffix(1);
        } else {
            return text;
        }
    }
}

// Moves a cut that falls inside a word back to the last line-break opportunity (UAX #14: a space,
// after a "/" in a URL, between CJK characters), so an ellipsis never ends half a word; only a
// line that is one long word is cut inside it.
std::size_t prefer_word_boundary(std::string_view text, std::size_t cut) {
    if (cut >= text.size()) return cut;
    std::size_t best = 0;
    for (std::size_t offset : breaks::line_break_offsets(text)) {
        if (offset > cut) break;
        best = offset;
    }
    return best == 0 ? cut : best;
}

}  // namespace

std::vector<std::string> split_paragraphs(std::string_view utf8, const TextMeasurer& measurer) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= utf8.size()) {
        const std::size_t newline = std::min(utf8.find('\n', start), utf8.size());
        std::string drawable = measurer.drawable(utf8.substr(start, newline - start));
        std::replace_if(drawable.begin(), drawable.end(), [](char c) { return c == '\t' || c == '\r'; }, ' ');
        std::string collapsed;
        for (char c : drawable) {
            if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
            collapsed.push_back(c);
        }
        collapsed = std::string(trim_end_spaces(collapsed));
        const bool repeat_blank = collapsed.empty() && (out.empty() || out.back().empty());
        if (!repeat_blank) out.push_back(std::move(collapsed));
        start = newline + 1;
    }
    while (!out.empty() && out.back().empty()) out.pop_back();
    return out;
}

std::string longest_prefix(std::string_view text, std::string_view suffix, int width, FontSpec font,
                           const TextMeasurer& measurer) {
    // Isolates left open by the cut are closed before the suffix, so that an ellipsis is at the
    // paragraph's level: after the last word in reading order, not inside a right-to-left part.
    auto fits = [&](std::size_t cut) {
        std::string candidate(trim_end_spaces(text.substr(0, cut)));
        if (!suffix.empty()) candidate += bidi::closers(candidate);
        candidate += suffix;
        return measurer.width(candidate, font) <= width;
    };
    // Only a prefix at most twice as long as the answer is ever measured: prefixes of doubling
    // length are tried until one is too wide (or is the whole text), and the search stays within it.
    // Searching the whole of a 10,000-character word shaped thousands of characters per try.
    std::string_view scope = text;
    for (std::size_t clusters = kProbeClusters;; clusters *= 2) {
        const std::size_t end = after_clusters(text, clusters);
        if (end >= text.size()) break;
        if (!fits(end)) {
            scope = text.substr(0, end);
            break;
        }
    }
    const std::vector<std::size_t> ends = breaks::cluster_ends(scope);
    // Binary search for the number of clusters kept; zero clusters is always allowed.
    std::size_t low = 0, high = ends.size();
    while (low < high) {
        const std::size_t mid = (low + high + 1) / 2;
        if (fits(ends[mid - 1])) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    std::size_t cut = low == 0 ? 0 : ends[low - 1];
    if (suffix.empty()) return std::string(trim_end_spaces(text.substr(0, cut)));
    cut = prefer_word_boundary(text, cut);
    std::string head(trim_dangling(text.substr(0, cut)));
    return head + bidi::closers(head);
}

namespace {

// Takes the part of an over-long token that fits on a line, leaving the rest in the token.
TextLine cut_token(Token& token, int width, FontSpec font, const TextMeasurer& measurer, bool& fits) {
    std::string head = longest_prefix(token.text, {}, width, font, measurer);
    if (head.empty()) {
        // Not even one character fits: it goes on a line of its own and the caller is told.
        fits = false;
        head = std::string(token.text.substr(0, utf8::cluster_length(token.text, 0)));
    }
    token.text.remove_prefix(head.size());
    token.gap = {};
    const int head_width = measurer.width(head, font);
    return TextLine{std::move(head), head_width};
}

}  // namespace

namespace {

std::string joined(const std::string& line, const Token& token) {
    return line + std::string(token.gap) + std::string(token.text);
}

// The longest line from token i on (already `line`, `line_width` wide), each candidate shaped
// whole: the reference, used when the quick way below ends up too wide.
std::size_t fill_exactly(const std::vector<Token>& tokens, std::size_t i, std::string& line, int& line_width, int width,
                         FontSpec font, const TextMeasurer& measurer) {
    const int margin = std::max(font.px, 4);
    std::size_t j = i + 1;
    for (; j < tokens.size(); ++j) {
        // A word wider than the whole line cannot join it; it is not shaped whole to find that out.
        if (!width_within(tokens[j].text, width + margin, font, measurer)) break;
        std::string candidate = joined(line, tokens[j]);
        const int candidate_width = measurer.width(candidate, font);
        if (candidate_width > width) break;
        line = std::move(candidate);
        line_width = candidate_width;
    }
    return j;
}

// The same line, found with far fewer shapings: a candidate is first judged by the sum of its
// words' widths, which shaping the whole line changes by a pixel or two of kerning at most; only
// a candidate within an em of the width is shaped whole. Shaping every candidate made wrapping
// quadratic in the number of words, and it was most of a slide's layout time.
std::size_t fill_quickly(const std::vector<Token>& tokens, std::size_t i, std::string& line, int& line_width, int width,
                         FontSpec font, const TextMeasurer& measurer) {
    const int space = measurer.width(" ", font);
    const int margin = std::max(font.px, 4);
    int estimate = line_width;
    std::size_t j = i + 1;
    for (; j < tokens.size(); ++j) {
        const std::optional<int> word = width_within(tokens[j].text, width + margin, font, measurer);
        if (!word) break;  // wider than a whole line: it starts the next one, to be cut there
        const int gap = tokens[j].gap == " " ? space : (tokens[j].space_before() ? measurer.width(tokens[j].gap, font) : 0);
        const int step = gap + *word;
        std::string candidate = joined(line, tokens[j]);
        if (estimate + step + margin <= width) {
            estimate += step;
        } else {
            const int candidate_width = measurer.width(candidate, font);
            if (candidate_width > width) break;
            estimate = candidate_width;
        }
        line = std::move(candidate);
    }
    line_width = measurer.width(line, font);
    return j;
}

// Gives each line the direction and the bidi levels of its paragraph (UAX #9: resolve the
// paragraph, then break it), so that a line drawn alone is ordered and aligned as part of it. Lines are substrings of the
// paragraph in order; should one not be found, the lines are left as they are.
void keep_paragraph_order(std::string_view paragraph, std::vector<TextLine>& lines, FontSpec font,
                          const TextMeasurer& measurer) {
    const bool rtl = bidi::right_to_left(paragraph);
    for (TextLine& line : lines) line.right_to_left = rtl;
    std::vector<bidi::LineSpan> spans;
    std::size_t cursor = 0;
    for (const TextLine& line : lines) {
        const std::size_t at = paragraph.find(line.text, cursor);
        if (at == std::string_view::npos) return;
        spans.push_back(bidi::LineSpan{at, at + line.text.size()});
        cursor = at + line.text.size();
    }
    std::vector<std::string> texts = bidi::lines_in_context(paragraph, spans);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (texts[i] == lines[i].text) continue;
        lines[i].text = std::move(texts[i]);
        lines[i].width = measurer.width(lines[i].text, font);
    }
}

}  // namespace

WrappedParagraph wrap_paragraph(std::string_view paragraph, int width, FontSpec font, const TextMeasurer& measurer,
                                std::size_t max_lines) {
    WrappedParagraph out;
    std::vector<Token> tokens = tokens_of(paragraph);
    if (tokens.empty()) {
        out.cut_short = max_lines == 0;
        if (!out.cut_short) out.lines.push_back(TextLine{});
        return out;
    }
    std::size_t i = 0;
    while (i < tokens.size()) {
        // Lines past the limit would be cut anyway; with a 10,000-character word they were most
        // of the work.
        if (out.lines.size() >= max_lines) {
            out.cut_short = true;
            break;
        }
        std::string line(tokens[i].text);
        const std::optional<int> whole = width_within(line, width, font, measurer);
        if (!whole) {
            out.lines.push_back(cut_token(tokens[i], width, font, measurer, out.fits));
            continue;
        }
        int line_width = *whole;
        const std::string first = line;
        const int first_width = line_width;
        std::size_t j = fill_quickly(tokens, i, line, line_width, width, font, measurer);
        if (line_width > width) {
            line = first;
            line_width = first_width;
            j = fill_exactly(tokens, i, line, line_width, width, font, measurer);
        }
        out.lines.push_back(TextLine{std::move(line), line_width});
        i = j;
    }
    keep_paragraph_order(paragraph, out.lines, font, measurer);
    return out;
}

}  // namespace kiosk
