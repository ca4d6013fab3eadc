// Markdown through cmark (the CommonMark reference parser): the tree it builds is walked and only
// the text kept, so "2*3=6" and "[1]" stay as written and snake_case names are never emphasis.
#include "kiosk/import/markdown_text.h"

#include <cmark.h>

#include <memory>
#include <vector>

#include "kiosk/import/html_text.h"

namespace kiosk::import {
namespace {

struct NodeFreer {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using Document = std::unique_ptr<cmark_node, NodeFreer>;

struct IterFreer {
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

Document parse(std::string_view markdown) {
    return Document(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
}

std::string literal(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text == nullptr ? std::string() : std::string(text);
}

// The text of a block's inlines: emphasis, code and links give their text, images their
// description, soft breaks a space, hard breaks a new line; inline HTML tags go.
std::string inline_text(cmark_node* block) {
    std::string out;
    const std::unique_ptr<cmark_iter, IterFreer> iter(cmark_iter_new(block));
    for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter.get())) {
        if (event != CMARK_EVENT_ENTER) continue;
        cmark_node* node = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE: out += literal(node); break;
            case CMARK_NODE_SOFTBREAK: out += ' '; break;
            case CMARK_NODE_LINEBREAK: out += '\n'; break;
            default: break;
        }
    }
    return out;
}

// Blocks in document order, as the lines a screen shows. cmark's tree nests blocks (quotes, lists,
// items), so they are visited with its iterator rather than by recursion.
class BlockText {
public:
    std::string run(cmark_node* document) {
        const std::unique_ptr<cmark_iter, IterFreer> iter(cmark_iter_new(document));
        for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
             event = cmark_iter_next(iter.get())) {
            cmark_node* node = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(node);
            if (event == CMARK_EVENT_ENTER && type == CMARK_NODE_ITEM) {
                item_ = true;
            } else if (event == CMARK_EVENT_ENTER && type == CMARK_NODE_LIST) {
                list_start_ = true;
            } else if (event == CMARK_EVENT_ENTER) {
                leaf(node, type);
            }
        }
        return out_;
    }

private:
    void leaf(cmark_node* node, cmark_node_type type) {
        switch (type) {
            case CMARK_NODE_PARAGRAPH:
            case CMARK_NODE_HEADING: add(inline_text(node)); break;
            case CMARK_NODE_CODE_BLOCK: add(literal(node)); break;
            case CMARK_NODE_HTML_BLOCK: add(html_to_text(literal(node))); break;
            default: break;
        }
    }

    // A list item's first block starts a "• " line under the text before it; other blocks are
    // paragraphs of their own.
    void add(std::string text) {
        while (!text.empty() && text.back() == '\n') text.pop_back();
        if (text.empty()) return;
        if (!out_.empty()) out_ += (item_ || list_start_) ? "\n" : "\n\n";
        if (item_) out_ += "\u2022 ";
        out_ += text;
        item_ = list_start_ = false;
    }

    std::string out_;
    bool item_ = false, list_start_ = false;
};

// A line of text made to parse as one paragraph: a leading block marker ("# ", "- ", "> ",
// "1. ") is escaped, so only the line's inline marks are read.
std::string as_paragraph(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    std::string out;
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
        out.append(line.substr(0, digits)).append("\\").append(line.substr(digits));
        return out;
    }
    if (!line.empty() && std::string_view("#>-+*=~`|").find(line.front()) != std::string_view::npos) out += '\\';
    out.append(line);
    return out;
}

}  // namespace

std::string markdown_inline_text(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        if (start > 0) out += '\n';
        const Document doc = parse(as_paragraph(line));
        if (doc) {
            if (cmark_node* first = cmark_node_first_child(doc.get())) out += inline_text(first);
        }
        start = end + 1;
    }
    return out;
}

std::string markdown_to_text(std::string_view markdown) {
    const Document doc = parse(markdown);
    if (!doc) return std::string(markdown);
    return BlockText().run(doc.get());
}

}  // namespace kiosk::import
