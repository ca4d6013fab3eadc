// A final '#' after the last line break makes yaml-cpp meet the end of the file inside an open
// quote, where it does report it; outside a quote the '#' only starts an empty comment.
#include "kiosk/content/yaml_text.h"

#include "kiosk/content/field_reader.h"

#include <algorithm>
#include <string>

namespace kiosk {
namespace {

// yaml-cpp's own message for the end of the file inside a quoted text.
constexpr std::string_view kEofInScalar = "illegal EOF in scalar";

bool ends_with_line_break(std::string_view text) {
    return !text.empty() && (text.back() == '\n' || text.back() == '\r');
}

// yaml-cpp's 0-based line and byte column of `offset` in `text`.
YAML::Mark mark_at(std::string_view text, std::size_t offset) {
    YAML::Mark mark;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] != '\n') continue;
        ++mark.line;
        line_start = i + 1;
    }
    mark.pos = static_cast<int>(offset);
    mark.column = static_cast<int>(offset - line_start);
    return mark;
}

// 0-based line numbers of increasing offsets, counted on from the last call so that a file of
// many quoted texts is still read once.
class LineCounter {
public:
    explicit LineCounter(std::string_view text) : text_(text) {}
    int line_at(std::size_t offset) {
        const auto from = text_.begin() + static_cast<std::ptrdiff_t>(counted_);
        const auto to = text_.begin() + static_cast<std::ptrdiff_t>(offset);
        line_ += static_cast<int>(std::count(from, to, '\n'));
        counted_ = offset;
        return line_;
    }

private:
    std::string_view text_;
    std::size_t counted_ = 0;
    int line_ = 0;
};

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// True when the quote at `quote` is written where a value starts, as in `    start: "`: a quote
// meant to open a value that instead closed an earlier, runaway one.
bool quote_opens_a_value(std::string_view text, std::size_t quote) {
    const std::size_t newline = text.rfind('\n', quote);
    std::string_view before = text.substr(newline == std::string_view::npos ? 0 : newline + 1);
    before = before.substr(0, quote - static_cast<std::size_t>(before.data() - text.data()));
    const auto skip = [&before](auto&& pred) {
        std::size_t n = 0;
        while (n < before.size() && pred(before[n])) ++n;
        before.remove_prefix(n);
        return n;
    };
    skip([](char c) { return c == ' '; });
    if (before.substr(0, 2) == "- ") skip([](char c) { return c == ' ' || c == '-'; });
    if (skip(is_key_char) == 0 || before.empty() || before[0] != ':') return false;
    before.remove_prefix(1);
    return skip([](char c) { return c == ' '; }) > 0 && before.empty();
}

// Four scanner tokens per entry covers JSON-style files ({"key": "text"}) at the entry limit.
void check_brackets(std::string_view text, const YamlLimits& limits) {
    const FlowLimits flow{static_cast<std::size_t>(limits.max_nesting), 4 * limits.max_entries};
    const auto problem = check_flow_style(text, flow);
    if (!problem) return;
    if (problem->too_deep) throw YamlLimitError(mark_at(text, problem->offset), nesting_message(limits.max_nesting));
    throw YamlLimitError(mark_at(text, problem->offset),
                         "lists and maps in brackets ([...] or {...}) hold more than " +
                             with_separators(flow.max_tokens) +
                             " keys, texts and commas in all, the limit for that style; write long lists as "
                             "'- ' lines");
}

YamlTextError text_error(const std::string& file, const YAML::Mark& mark, const std::string& message, bool past_limit) {
    std::optional<SourcePos> pos;
    if (!mark.is_null()) pos = SourcePos{.file = file, .line = mark.line + 1, .column = mark.column + 1};
    return YamlTextError{.error = Error{.message = message, .pos = std::move(pos)}, .mark = mark, .past_limit = past_limit};
}

}  // namespace

Result<YAML::Node, YamlTextError> parse_yaml_text(std::string_view text, const YamlLimits& limits,
                                                  const std::string& file) {
    std::string input(text);
    if (ends_with_line_break(text)) input += '#';
    try {
        check_brackets(text, limits);
        check_yaml_limits(input, limits);
        return YAML::Load(input);
    } catch (const YamlLimitError& e) {
        return unexpected(text_error(file, e.mark, e.msg, true));
    } catch (const YAML::Exception& e) {
        if (e.msg != kEofInScalar) return unexpected(text_error(file, e.mark, e.msg, false));
        const auto quote = quote_open_at_end(text);
        return unexpected(text_error(file, mark_at(text, quote ? *quote : text.size()), e.msg, false));
    } catch (const std::exception& e) {
        // Not yaml-cpp's own kind of failure (out of memory, say): said without a place.
        return unexpected(YamlTextError{.error = Error{.message = e.what(), .pos = std::nullopt},
                                        .mark = YAML::Mark::null_mark(),
                                        .past_limit = false});
    }
}

std::optional<QuoteSpan> runaway_quote_before(std::string_view text, const YAML::Mark& error) {
    if (error.is_null()) return std::nullopt;
    LineCounter lines(text);
    std::optional<QuoteSpan> last;
    int last_line = 0;
    for (const QuoteSpan& span : multi_line_quotes(text)) {
        if (span.close >= text.size()) break;
        const int line = lines.line_at(span.close);
        if (line > error.line) break;
        last = span;
        last_line = line;
    }
    if (!last || error.line - last_line > 1 || !quote_opens_a_value(text, last->close)) return std::nullopt;
    return last;
}

}  // namespace kiosk
