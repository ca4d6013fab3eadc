// The quote scan: a small state machine over lines and characters, never building a tree.
#include "kiosk/content/yaml_quotes.h"

#include <limits>

namespace kiosk {
namespace {

constexpr FlowLimits kNoFlowLimits{std::numeric_limits<std::size_t>::max(), std::numeric_limits<std::size_t>::max()};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

class QuoteScan {
public:
    explicit QuoteScan(std::string_view text, FlowLimits limits = kNoFlowLimits) : text_(text), flow_limits_(limits) {
        std::size_t start = 0;
        while (start < text_.size()) {
            std::size_t end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            scan_line(start, end);
            start = end + 1;
        }
    }

    // Where the quoted text still open at the end of the scan begins, if one is open.
    std::optional<std::size_t> open_quote() const {
        if (quote_ == Quote::None) return std::nullopt;
        return quote_start_;
    }

    std::optional<FlowProblem> flow_problem() const { return flow_problem_; }

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
        line_start_ = start;
        token_column_ = indent;
        scan_chars(start + indent, end, true);
    }

    void scan_chars(std::size_t i, std::size_t end, bool scalar_start) {
        at_scalar_start_ = scalar_start;
        while (i < end) {
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
            count_flow_token(i);
            at_scalar_start_ = true;
        } else if (flow_depth_ > 0) {
            scan_flow_char(c, i);
        }
        return i + 1;
    }

    // Roughly one count per token yaml-cpp's scanner makes in brackets, where it may hold them all.
    void count_flow_token(std::size_t i) {
        if (flow_depth_ == 0 || ++flow_tokens_ <= flow_limits_.max_tokens || flow_problem_) return;
        flow_problem_ = FlowProblem{i, false};
    }

    void scan_flow_char(char c, std::size_t i) {
        if (c == ',' || c == '[' || c == '{' || c == ']' || c == '}') count_flow_token(i);
        if (c == ',') {
            at_scalar_start_ = true;
        } else if (c == ']' || c == '}') {
            --flow_depth_;
        } else if (c == '[' || c == '{') {
            open_flow(i);
        }
    }

    void open_flow(std::size_t i) {
        ++flow_depth_;
        if (flow_depth_ > flow_limits_.max_depth && !flow_problem_) flow_problem_ = FlowProblem{i, true};
        at_scalar_start_ = true;
    }

    std::size_t scan_node_start(std::size_t i, std::size_t end) {
        const char c = text_[i];
        count_flow_token(i);
        // A block scalar's text is indented past its key or "- ", the last node started on its line.
        if (c != '|' && c != '>') token_column_ = i - line_start_;
        if (c == '[' || c == '{') {
            open_flow(i);
        } else if ((c == ']' || c == '}') && flow_depth_ > 0) {
            --flow_depth_;
            at_scalar_start_ = false;
        } else if (c == '\'' || c == '"') {
            quote_ = c == '\'' ? Quote::Single : Quote::Double;
            quote_start_ = i;
        } else if ((c == ',' && flow_depth_ > 0) ||
                   ((c == '-' || c == '?') && flow_depth_ == 0 && ends_token(i + 1, end))) {
            // A new entry: a value may start after it.
        } else if ((c == '|' || c == '>') && flow_depth_ == 0) {
            block_scalar_indent_ = token_column_;
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
    std::size_t flow_depth_ = 0;
    std::size_t line_start_ = 0;
    std::size_t token_column_ = 0;
    FlowLimits flow_limits_;
    std::size_t flow_tokens_ = 0;
    std::optional<FlowProblem> flow_problem_;
    std::optional<std::size_t> block_scalar_indent_;
    Quote quote_ = Quote::None;
    std::size_t quote_start_ = 0;
    std::vector<QuoteSpan> multi_line_quotes_;
    bool at_scalar_start_ = true;
};

}  // namespace

std::optional<std::size_t> quote_open_at_end(std::string_view text) { return QuoteScan(text).open_quote(); }

std::vector<QuoteSpan> multi_line_quotes(std::string_view text) { return QuoteScan(text).multi_line_quotes(); }

std::optional<FlowProblem> check_flow_style(std::string_view text, const FlowLimits& limits) {
    return QuoteScan(text, limits).flow_problem();
}

}  // namespace kiosk
