// Checking laid-out slides against the rules every slide keeps.
#include "tests/layout/layout_checks.h"

#include <algorithm>
#include <variant>

#include "kiosk/layout/grid.h"

namespace kiosk::test {

namespace {

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

std::string show(const Rect& r) {
    return "(" + std::to_string(r.x) + "," + std::to_string(r.y) + " " + std::to_string(r.w) + "x" +
           std::to_string(r.h) + ")";
}

Rect rect_of(const DrawItem& item) {
    return std::visit([](const auto& i) {
        if constexpr (std::is_same_v<std::decay_t<decltype(i)>, TextItem>) {
            return i.box;
        } else {
            return i.rect;
        }
    }, item);
}

void check_text(std::vector<std::string>& out, const TextItem& t, const Grid& grid, const TextMeasurer& measurer) {
    if (t.font.px < grid.min_text_px) {
        out.push_back("text '" + t.text + "' is " + std::to_string(t.font.px) + " px, below " +
                      std::to_string(grid.min_text_px));
    }
    const int width = measurer.width(t.text, t.font);
    if (width > t.box.w || measurer.line_height(t.font) > t.box.h) {
        out.push_back("text '" + t.text + "' (" + std::to_string(width) + " px wide) overflows its box " + show(t.box));
    }
}

}  // namespace

const std::vector<Size>& all_sizes() {
    static const std::vector<Size> sizes = {{800, 480},   {1024, 600},  {1280, 720}, {1366, 768},
                                            {1920, 1080}, {2560, 1440}, {3840, 2160}, {1080, 1920},
                                            {480, 800},   {1024, 768}};
    return sizes;
}

std::string describe(Size size) { return std::to_string(size.w) + "x" + std::to_string(size.h); }

std::vector<std::string> layout_problems(const DisplayList& list, const TextMeasurer& measurer) {
    std::vector<std::string> out;
    const Grid grid = make_grid(list.screen);
    std::vector<std::pair<Rect, std::string>> solid;  // text and images, which must not overlap
    for (const DrawItem& item : list.items) {
        const Rect r = rect_of(item);
        if (r.w <= 0 || r.h <= 0) continue;
        if (!grid.safe.contains(r)) out.push_back("item " + show(r) + " leaves the safe area " + show(grid.safe));
        if (const auto* t = std::get_if<TextItem>(&item)) {
            check_text(out, *t, grid, measurer);
            solid.emplace_back(r, "text '" + t->text + "'");
        } else if (std::holds_alternative<ImageItem>(item)) {
            solid.emplace_back(r, "image");
        }
    }
    for (std::size_t i = 0; i < solid.size(); ++i) {
        for (std::size_t j = i + 1; j < solid.size(); ++j) {
            if (overlaps(solid[i].first, solid[j].first)) {
                out.push_back(solid[i].second + " " + show(solid[i].first) + " overlaps " + solid[j].second + " " +
                              show(solid[j].first));
            }
        }
    }
    return out;
}

std::vector<const TextItem*> text_items(const DisplayList& list) {
    std::vector<const TextItem*> out;
    for (const DrawItem& item : list.items) {
        if (const auto* t = std::get_if<TextItem>(&item)) out.push_back(t);
    }
    return out;
}

std::string all_text(const DisplayList& list) {
    std::string out;
    for (const TextItem* t : text_items(list)) out += (out.empty() ? "" : " ") + t->text;
    return out;
}

const TextItem* find_text(const DisplayList& list, const std::string& prefix) {
    for (const TextItem* t : text_items(list)) {
        if (t->text.starts_with(prefix)) return t;
    }
    return nullptr;
}

int fills_of(const DisplayList& list, Colour colour) {
    return static_cast<int>(std::count_if(list.items.begin(), list.items.end(), [&](const DrawItem& item) {
        const auto* f = std::get_if<FillItem>(&item);
        return f && f->colour == colour;
    }));
}

}  // namespace kiosk::test
