// The counting is O(1) per event: an anchor's size is the difference of the running totals between
// its start and its end, so an alias adds what it repeats without walking anything again.
#include "kiosk/content/yaml_limits.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <vector>

#include "kiosk/content/field_reader.h"

namespace kiosk {
namespace {

struct Totals {
    std::size_t entries = 0;
    std::size_t bytes = 0;
};

class LimitCounter : public YAML::EventHandler {
public:
    explicit LimitCounter(const YamlLimits& limits) : limits_(limits) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { scalar(mark, anchor, 0); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
        scalar(mark, anchor, value.size());
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (anchor >= anchors_.size() || !anchors_[anchor].closed) {
            throw YamlLimitError(mark, "an alias (*name) repeats the list or map it stands in, which would never end");
        }
        node_start(mark);
        add(mark, anchors_[anchor].size);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(mark, anchor, false);
    }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(mark, anchor, true);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        bool is_map = false;
        bool at_key = true;  // in a map: the next node is a key
        YAML::anchor_t anchor = YAML::NullAnchor;
        Totals at_start;
    };
    struct Anchor {
        bool closed = false;
        Totals size;
    };

    // Counts a node as an entry when it is a list item or a key, and steps a map between key and value.
    void node_start(const YAML::Mark& mark) {
        if (frames_.empty()) return;
        Frame& parent = frames_.back();
        if (!parent.is_map || parent.at_key) add(mark, {1, 0});
        if (parent.is_map) parent.at_key = !parent.at_key;
    }

    void scalar(const YAML::Mark& mark, YAML::anchor_t anchor, std::size_t bytes) {
        const Totals before = totals_;
        node_start(mark);
        add(mark, {0, bytes});
        if (anchor != YAML::NullAnchor) define(anchor, {totals_.entries - before.entries, totals_.bytes - before.bytes});
    }

    void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool is_map) {
        const Totals before = totals_;
        node_start(mark);
        if (anchor != YAML::NullAnchor) anchor_slot(anchor).closed = false;
        frames_.push_back({is_map, true, anchor, before});
        if (frames_.size() > static_cast<std::size_t>(limits_.max_nesting)) {
            throw YamlLimitError(mark, nesting_message(limits_.max_nesting));
        }
    }

    void close() {
        const Frame frame = frames_.back();
        frames_.pop_back();
        if (frame.anchor == YAML::NullAnchor) return;
        define(frame.anchor, {totals_.entries - frame.at_start.entries, totals_.bytes - frame.at_start.bytes});
    }

    Anchor& anchor_slot(YAML::anchor_t anchor) {
        if (anchor >= anchors_.size()) anchors_.resize(anchor + 1);
        return anchors_[anchor];
    }
    void define(YAML::anchor_t anchor, Totals size) { anchor_slot(anchor) = {true, size}; }

    void add(const YAML::Mark& mark, Totals more) {
        totals_.entries += more.entries;
        totals_.bytes += more.bytes;
        if (totals_.entries > limits_.max_entries) {
            throw YamlLimitError(mark, "the file has more than " + with_separators(limits_.max_entries) +
                                           " entries (keys and list items, an alias counting as all it repeats), "
                                           "the entry limit");
        }
        if (totals_.bytes > limits_.max_text_bytes) {
            throw YamlLimitError(mark, "the texts in the file come to more than " + with_separators(limits_.max_text_bytes) +
                                           " bytes (an alias counting as all it repeats), the text limit");
        }
    }

    YamlLimits limits_;
    std::vector<Frame> frames_;
    std::vector<Anchor> anchors_;
    Totals totals_;
};

}  // namespace

std::string nesting_message(int max_nesting) {
    return "lists and maps are nested more than " + std::to_string(max_nesting) + " levels deep (the nesting limit)";
}

void check_yaml_limits(const std::string& text, const YamlLimits& limits) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    LimitCounter counter(limits);
    parser.HandleNextDocument(counter);
}

}  // namespace kiosk
