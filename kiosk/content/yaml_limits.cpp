// The pre-scan: a small state machine over lines and characters, never building a tree.
#include "kiosk/content/yaml_limits.h"

#include <limits>
#include <string>
#include <vector>

namespace kiosk {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

class Prescan {
public:
    Prescan(std::string_view text, const YamlLimits& limits) : text_(text), limits_(limits) {}

    std::optional<TextProblem> run() {
        std::size_t start = 0;
        while (start < text_.size() && !problem_) {
            std::size_t end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            scan_line(start, end);
            start = end + 1;
        }
        return problem_;
    }

    // Where the quoted text still open at the end of the scan begins, if one is open.
    std::optional<std::size_t> open_quote() const {
        if (quote_ == Quote::None) return std::nullopt;
        return quote_start_;
    }

    const std::vector<QuoteSpan>& multi_line_quotes() const { return multi_line_quotes_; }

private:
    enum class Quote { None, Single, Double };

    std::size_t indent_of(std::size_t start, std::size_t end) const {
        std::size_t i = start;
        while (i < end && text_[i] == ' ') ++i;
        return i - start;
    }

    bool rest_is_blank(std::size_t from, std::size_t end) const {
        for (std::size_t i = from; i < end; ++i) {
            if (!is_blank(text_[i])) return text_[i] == '#';
        }
        return true;
    }

    void scan_line(std::size_t start, std::size_t end) {
        if (quote_ != Quote::None) return scan_chars(start, end, false);
        const std::size_t indent = indent_of(start, end);
        if (block_scalar_indent_) {
            if (text_.find_first_not_of(" \t\r", start) >= end) return;
            if (indent > *block_scalar_indent_) return;
            block_scalar_indent_.reset();
        }
        if (rest_is_blank(start + indent, end)) return;
        line_indent_ = indent;
        line_start_ = start;
        if (flow_depth_ == 0) enter_indent(indent, start + indent);
        scan_chars(start + indent, end, true);
    }

    void enter_indent(std::size_t indent, std::size_t at) {
        while (!indents_.empty() && indents_.back() > indent) indents_.pop_back();
        if (indents_.empty() || indents_.back() < indent) push_indent(indent, at);
    }

    void push_indent(std::size_t indent, std::size_t at) {
        indents_.push_back(indent);
        check_depth(at);
    }

    void check_depth(std::size_t at) {
        const std::size_t depth = indents_.size() + flow_depth_;
        if (!problem_ && depth > static_cast<std::size_t>(limits_.max_nesting)) {
            problem_ = TextProblem{at, "lists and maps are nested more than " + std::to_string(limits_.max_nesting) +
                                           " levels deep (the nesting limit); the content format needs no more than 5"};
        }
    }

    void count_entry(std::size_t at) {
        if (++entries_ > limits_.max_entries && !problem_) {
            problem_ = TextProblem{at, "the file has more than " + std::to_string(limits_.max_entries) +
                                           " entries (keys and list items), the entry limit; each list may hold "
                                           "at most 2000 items"};
        }
    }

    void scan_chars(std::size_t i, std::size_t end, bool scalar_start) {
        at_scalar_start_ = scalar_start;
        while (i < end && !problem_) {
            if (quote_ != Quote::None) i = scan_quoted(i, end);
            else i = scan_plain_char(i, end);
        }
    }

    std::size_t scan_quoted(std::size_t i, std::size_t end) {
        const char c = text_[i];
        if (quote_ == Quote::Double && c == '\\') return i + 2;
        if ((quote_ == Quote::Single && c == '\'') || (quote_ == Quote::Double && c == '"')) {
            if (quote_ == Quote::Single && i + 1 < end && text_[i + 1] == '\'') return i + 2;
            quote_ = Quote::None;
            at_scalar_start_ = false;
            if (text_.find('\n', quote_start_) < i) multi_line_quotes_.push_back({quote_start_, i});
        }
        return i + 1;
    }

    bool ends_token(std::size_t i, std::size_t end) const {
        if (i >= end || is_blank(text_[i])) return true;
        const char c = text_[i];
        return flow_depth_ > 0 && (c == ',' || c == ']' || c == '}');
    }

    std::size_t scan_plain_char(std::size_t i, std::size_t end) {
        const char c = text_[i];
        const bool after_blank = i == 0 || is_blank(text_[i - 1]) || text_[i - 1] == '\n';
        if (c == '#' && after_blank) return end;
        if (is_blank(c)) return i + 1;
        if (at_scalar_start_) return scan_node_start(i, end);
        if (c == ':' && ends_token(i + 1, end)) {
            count_entry(i);
            at_scalar_start_ = true;
        } else if (flow_depth_ > 0) {
            scan_flow_char(c, i);
        }
        return i + 1;
    }

    void scan_flow_char(char c, std::size_t i) {
        if (c == ',') {
            count_entry(i);
            at_scalar_start_ = true;
        } else if (c == ']' || c == '}') {
            --flow_depth_;
        } else if (c == '[' || c == '{') {
            open_flow(i);
        }
    }

    void open_flow(std::size_t i) {
        ++flow_depth_;
        count_entry(i);
        check_depth(i);
        at_scalar_start_ = true;
    }

    std::size_t scan_node_start(std::size_t i, std::size_t end) {
        const char c = text_[i];
        if (c == '[' || c == '{') {
            open_flow(i);
        } else if ((c == ']' || c == '}') && flow_depth_ > 0) {
            --flow_depth_;
            at_scalar_start_ = false;
        } else if (c == '\'' || c == '"') {
            quote_ = c == '\'' ? Quote::Single : Quote::Double;
            quote_start_ = i;
        } else if (c == ',' && flow_depth_ > 0) {
            count_entry(i);
        } else if ((c == '-' || c == '?') && flow_depth_ == 0 && ends_token(i + 1, end)) {
            count_entry(i);
            push_indent(i - line_start_ + 2, i);
        } else if ((c == '|' || c == '>') && flow_depth_ == 0) {
            block_scalar_indent_ = line_indent_;
            return end;
        } else if (c == '&' || c == '!') {
            while (i < end && !ends_token(i, end)) ++i;
            return i;
        } else {
            at_scalar_start_ = false;
            return scan_plain_char(i, end);
        }
        return i + 1;
    }

    std::string_view text_;
    YamlLimits limits_;
    std::vector<std::size_t> indents_;
    std::size_t flow_depth_ = 0;
    std::size_t entries_ = 0;
    std::size_t line_indent_ = 0;
    std::size_t line_start_ = 0;
    std::optional<std::size_t> block_scalar_indent_;
    Quote quote_ = Quote::None;
    std::size_t quote_start_ = 0;
    std::vector<QuoteSpan> multi_line_quotes_;
    bool at_scalar_start_ = true;
    std::optional<TextProblem> problem_;
};

}  // namespace

std::optional<TextProblem> check_yaml_limits(std::string_view text, const YamlLimits& limits) {
    return Prescan(text, limits).run();
}

namespace {

constexpr YamlLimits kNoLimits{std::numeric_limits<int>::max(), std::numeric_limits<std::size_t>::max()};

}  // namespace

std::optional<std::size_t> quote_open_at_end(std::string_view text) {
    Prescan scan(text, kNoLimits);
    if (scan.run()) return std::nullopt;
    return scan.open_quote();
}

std::vector<QuoteSpan> multi_line_quotes(std::string_view text) {
    Prescan scan(text, kNoLimits);
    scan.run();
    return scan.multi_line_quotes();
}

}  // namespace kiosk
