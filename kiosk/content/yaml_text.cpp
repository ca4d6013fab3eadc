// A final '#' after the last line break makes yaml-cpp meet the end of the file inside an open
// quote, where it does report it; outside a quote the '#' only starts an empty comment.
#include "kiosk/content/yaml_text.h"

#include <string>

#include "kiosk/content/yaml_limits.h"

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

}  // namespace kiosk
