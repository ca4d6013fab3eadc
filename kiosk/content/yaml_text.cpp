// A final '#' after the last line break makes yaml-cpp meet the end of the file inside an open
// quote, where it does report it; outside a quote the '#' only starts an empty comment.
#include "kiosk/content/yaml_text.h"

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

int line_of(std::string_view text, std::size_t offset) {
    return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace

YAML::Node parse_yaml_text(std::string_view text) {
    std::string input(text);
    if (ends_with_line_break(text)) input += '#';
    try {
        return YAML::Load(input);
    } catch (const YAML::ParserException& e) {
        if (e.msg != kEofInScalar) throw;
        const auto quote = quote_open_at_end(text);
        throw YAML::ParserException(mark_at(text, quote ? *quote : text.size()), e.msg);
    }
}

std::optional<QuoteSpan> runaway_quote_before(std::string_view text, const YAML::Mark& error) {
    if (error.is_null()) return std::nullopt;
    std::optional<QuoteSpan> last;
    for (const QuoteSpan& span : multi_line_quotes(text)) {
        if (span.close >= text.size() || line_of(text, span.close) > error.line) break;
        last = span;
    }
    if (!last || error.line - line_of(text, last->close) > 1) return std::nullopt;
    return last;
}

}  // namespace kiosk
