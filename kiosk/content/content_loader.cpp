// The loading pipeline: size and encoding checks on the raw text, then yaml-cpp within the limits, then the
// section readers and the model-wide checks. Each stage stops the load when it finds an error.
#include "kiosk/content/content_loader.h"

#include <yaml-cpp/yaml.h>

#include <array>

#include "kiosk/content/content_checks.h"
#include "kiosk/content/content_limits.h"
#include "kiosk/content/content_readers.h"
#include "kiosk/content/line_index.h"
#include "kiosk/content/utf8_check.h"
#include "kiosk/content/yaml_text.h"

namespace kiosk {
namespace {

// `moderation` is read by the importers (kiosk feed), which check it too.
const std::vector<std::string_view> kTopKeys = {"version",       "event",   "speakers",  "programme", "posts",
                                                "announcements", "display", "moderation"};

struct SyntaxHint {
    std::string_view yaml_cpp_message;
    std::string_view plain_words;
};

// yaml-cpp's messages name parser states; these say what the organiser most likely has to change.
const std::array<SyntaxHint, 10> kSyntaxHints = {{
    {"illegal map value", "a ': ' appears where no value can start; if it is part of a text, put the whole text "
                          "in quotes"},
    {"end of map flow not found", "a '{' is not closed by a matching '}'"},
    {"end of sequence flow not found", "a '[' is not closed by a matching ']'"},
    {"end of map not found", "this line does not line up with the lines above; keys of one map must start in "
                             "the same column"},
    {"end of sequence not found", "this line does not line up with the lines above; items of one list must start "
                                  "in the same column"},
    {"illegal EOF in scalar", "a quoted text is not closed; add the closing quote"},
    {"unknown escape character", "in double quotes a backslash starts an escape such as \\n; write \\\\ for a "
                                 "backslash, or use single quotes"},
    {"illegal tab when looking for indentation", "a tab is used for indentation; YAML needs spaces"},
    {"illegal block entry", "a '- ' list item appears where a value was expected; check the indentation"},
    {"the referenced anchor is not defined", "an alias (*name) refers to an anchor (&name) not defined before it"},
}};

std::string syntax_message(const std::string& yaml_cpp_message) {
    for (const auto& hint : kSyntaxHints) {
        if (yaml_cpp_message.rfind(hint.yaml_cpp_message, 0) == 0) {
            return "invalid YAML: " + std::string(hint.plain_words);
        }
    }
    return "invalid YAML: " + yaml_cpp_message;
}

// A quoted text missing its closing quote runs on until the next quote, and yaml-cpp fails a line
// or two later; the message then points at the quote that opened it.
void report_runaway_quote(const QuoteSpan& quote, const YAML::Mark& mark, Reporter& reporter) {
    const SourcePos failed = reporter.pos(mark);
    reporter.add(Severity::Error, reporter.at_offset(quote.open),
                 "invalid YAML: this quoted text runs on to line " + std::to_string(reporter.at_offset(quote.close).line) +
                     ", and the file cannot be read after it (line " + std::to_string(failed.line) + ", column " +
                     std::to_string(failed.column) + "); check that the text has its closing quote");
}

constexpr YamlLimits kContentYamlLimits{limits::kMaxNesting, limits::kMaxEntries, limits::kMaxFileBytes};

std::optional<YAML::Node> parse_yaml(std::string_view text, Reporter& reporter) {
    auto parsed = parse_yaml_text(text, kContentYamlLimits);
    if (parsed) return std::move(*parsed);
    const YamlTextError& e = parsed.error();
    if (e.mark.is_null()) {
        reporter.add(Severity::Error, reporter.whole_file(), "the file could not be parsed: " + e.error.message);
    } else if (e.past_limit) {
        reporter.error(e.mark, e.error.message);
    } else if (const auto quote = runaway_quote_before(text, e.mark)) {
        report_runaway_quote(*quote, e.mark, reporter);
    } else {
        reporter.error(e.mark, syntax_message(e.error.message));
    }
    return std::nullopt;
}

bool check_raw_text(std::string_view raw, std::string_view text, Reporter& reporter) {
    if (raw.size() > limits::kMaxFileBytes) {
        reporter.add(Severity::Error, reporter.whole_file(),
                     "the file is " + with_separators(raw.size()) + " bytes, past the file size limit of 4 MiB (" +
                         with_separators(limits::kMaxFileBytes) + " bytes)");
        return false;
    }
    const auto problem = check_utf8_text(text);
    if (problem) reporter.add(Severity::Error, reporter.at_offset(problem->offset), problem->message);
    return !problem;
}

void read_sections(const YAML::Node& root, ReadContext& ctx, Content& content) {
    MapReader m(root, "the file", "a map with 'event', 'speakers', 'programme', 'posts', 'announcements' and "
                                  "'display' at the top level", ctx.reporter);
    if (!m.is_map()) return;
    m.check_keys(kTopKeys, "the top level");
    m.integer("version", 1, 1, "1, the only version of the format so far");
    read_event(m, ctx, content.event);
    read_speakers(m, ctx, content.speakers);
    read_programme(m, ctx, content.programme, content.programme_source);
    read_posts(m, ctx, content.posts, content.posts_source);
    read_announcements(m, ctx, content.announcements);
    read_display(m, ctx, content.display);
}

void read_model(const YAML::Node& root, ReadContext& ctx, Content& content) {
    if (root.IsNull()) {
        ctx.reporter.add(Severity::Error, ctx.reporter.whole_file(),
                         "the file is empty; expected a map with at least an 'event' (see docs/content-format.md)");
        return;
    }
    try {
        read_sections(root, ctx, content);
    } catch (const YAML::Exception& e) {
        // The readers avoid every throwing yaml-cpp call; this only keeps a surprise from escaping.
        ctx.reporter.error(e.mark, "the file could not be read: " + e.msg);
    }
}

}  // namespace

LoadResult load_content_text(std::string_view raw, const std::string& source_name, const LoadOptions& options) {
    const std::string_view text = strip_utf8_bom(raw.substr(0, limits::kMaxFileBytes + 1));
    const LineIndex lines(raw.size() > limits::kMaxFileBytes ? std::string_view() : text);
    Reporter reporter(source_name, lines);
    LoadResult result;
    if (check_raw_text(raw, text, reporter)) {
        if (const auto root = parse_yaml(text, reporter)) {
            Content content;
            content.source = source_name;
            ReadContext ctx{reporter, options, options.base.empty() ? source_name : options.base};
            read_model(*root, ctx, content);
            if (!reporter.has_errors()) {
                complete_model(content);
                check_model(content, reporter);
                result.content = std::move(content);
            }
        }
    }
    result.diagnostics = reporter.finish();
    return result;
}

}  // namespace kiosk
