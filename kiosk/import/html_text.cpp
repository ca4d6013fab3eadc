// Walks gumbo's tree with an explicit stack: a hostile post nesting thousands of elements must not
// exhaust the stack of the thread that imports it.
#include "kiosk/import/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include "kiosk/import/entities.h"
#include "kiosk/import/text_shape.h"

namespace kiosk::import {
namespace {

struct GumboDeleter {
    void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

// gumbo frees its tree recursively, so markup with more tags than any post needs is read as text.
constexpr std::size_t kMaxTags = 4000;

bool has_class(const GumboElement& e, std::string_view wanted) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "class");
    if (a == nullptr) return false;
    std::string_view classes = a->value;
    while (!classes.empty()) {
        const auto space = classes.find(' ');
        if (classes.substr(0, space) == wanted) return true;
        if (space == std::string_view::npos) break;
        classes.remove_prefix(space + 1);
    }
    return false;
}

bool is_block(GumboTag t) {
    static constexpr std::array kBlocks{GUMBO_TAG_P,  GUMBO_TAG_DIV, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_H1,
                                        GUMBO_TAG_H2, GUMBO_TAG_H3,  GUMBO_TAG_H4,         GUMBO_TAG_H5,
                                        GUMBO_TAG_H6, GUMBO_TAG_UL,  GUMBO_TAG_OL,         GUMBO_TAG_PRE,
                                        GUMBO_TAG_TABLE, GUMBO_TAG_HR, GUMBO_TAG_FIGURE,   GUMBO_TAG_SECTION};
    return std::find(kBlocks.begin(), kBlocks.end(), t) != kBlocks.end();
}

bool is_silent(GumboTag t) {
    return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_TEMPLATE ||
           t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_OBJECT || t == GUMBO_TAG_NOSCRIPT;
}

// Text collected with its paragraph structure; whitespace inside a paragraph collapses later.
class TextSink {
public:
    // Text nodes: in HTML a line break in the source is just a space.
    void text(std::string_view s) {
        for (const char c : s) out_ += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    void bullet() { out_ += "\n• "; }
    void line_break() { out_ += '\n'; }
    void paragraph() { out_ += "\n\n"; }
    std::string take() { return shape_paragraphs(out_); }

private:
    std::string out_;
};

struct Step {
    const GumboNode* node;
    bool closing;
};

void open_element(const GumboElement& e, TextSink& sink) {
    if (e.tag == GUMBO_TAG_BR) sink.line_break();
    else if (e.tag == GUMBO_TAG_LI) sink.bullet();
    else if (e.tag == GUMBO_TAG_TR) sink.line_break();
    else if (is_block(e.tag)) sink.paragraph();
}

void close_element(const GumboElement& e, TextSink& sink) {
    if (has_class(e, "ellipsis")) sink.text("…");
    else if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) sink.text(" ");
    else if (is_block(e.tag)) sink.paragraph();
}

bool skipped(const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return n->type == GUMBO_NODE_COMMENT;
    return is_silent(n->v.element.tag) || has_class(n->v.element, "invisible");
}

void walk(const GumboNode* root, TextSink& sink) {
    std::vector<Step> stack{{root, false}};
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        const GumboNode* n = step.node;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            sink.text(n->v.text.text);
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
        if (step.closing) { close_element(n->v.element, sink); continue; }
        if (skipped(n)) continue;
        const GumboVector& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        if (n->type == GUMBO_NODE_ELEMENT) {
            open_element(n->v.element, sink);
            stack.push_back({n, true});
        }
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false});
    }
}

// Tags removed by hand, for markup too large to hand to gumbo.
std::string strip_tags(std::string_view html) {
    std::string out;
    bool in_tag = false;
    for (const char c : html) {
        if (c == '<') in_tag = true;
        else if (c == '>' && in_tag) { in_tag = false; out += ' '; }
        else if (!in_tag) out += c;
    }
    return out;
}

}  // namespace

bool looks_like_html(std::string_view text) {
    static constexpr std::array<std::string_view, 24> kTags{
        "p", "br", "a", "b", "i", "em", "strong", "ul", "ol", "li", "div", "span", "h1", "h2", "h3", "h4",
        "blockquote", "code", "pre", "img", "hr", "u", "s", "small"};
    for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
        std::string_view rest = text.substr(i + 1);
        if (rest.starts_with("!--")) return true;
        if (rest.starts_with("/")) rest.remove_prefix(1);
        const std::size_t name_end = rest.find_first_of(" />\n");
        if (name_end == std::string_view::npos) break;
        std::string name(rest.substr(0, name_end));
        for (char& c : name) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (std::find(kTags.begin(), kTags.end(), name) != kTags.end()) return true;
    }
    return false;
}

std::string html_to_text(std::string_view html) {
    if (static_cast<std::size_t>(std::count(html.begin(), html.end(), '<')) > kMaxTags)
        return shape_paragraphs(decode_entities(strip_tags(html)));
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100;
    GumboPtr out(gumbo_parse_with_options(&options, html.data(), html.size()));
    if (!out) return {};
    TextSink sink;
    walk(out->root, sink);
    return sink.take();
}

}  // namespace kiosk::import
