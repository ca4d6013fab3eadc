// The kiosk's fonts: measuring and rendering one line through the fallback chain.
#include "kiosk/text/font_stack.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "kiosk/base/bidi.h"
#include "kiosk/base/log.h"
#include "kiosk/base/utf8.h"
#include "kiosk/text/font_chain.h"
#include "kiosk/text/text_runs.h"
#include "kiosk/text/ttf_library.h"

namespace kiosk {
namespace {

using text::FontChain;
using text::HasGlyph;
using text::FontCache;
using text::TextRun;

constexpr int kMinPx = 4;
constexpr int kMaxPx = 400;
constexpr std::size_t kMaxLineCodePoints = 4096;
constexpr int kMaxLineWidth = 8192;
// One line uses at most one file per face, so any capacity above the number of files keeps
// every font of the line open while it is measured and drawn.
constexpr std::size_t kCacheCapacity = 48;
// Layout measures the same words at the same sizes each time a slide comes round (and tries
// several sizes to fit a title); shaping them again costs more than remembering the widths.
// Emptied when full, so a content with endless text cannot grow it.
constexpr std::size_t kWidthMemoEntries = 4096;

FontSpec clamped(FontSpec spec) { return FontSpec{spec.weight, std::clamp(spec.px, kMinPx, kMaxPx)}; }

// A run with the font that draws it (valid for the current call only) and its drawn width.
struct MeasuredRun {
    TextRun run;
    TTF_Font* font = nullptr;
    int width = 0;
};

struct LineMetrics {
    int ascent = 0;   // baseline position from the top of the line box
    int descent = 0;  // space below the baseline
};

void configure(TTF_Font* font, const TextRun& run) {
    TTF_SetFontScriptName(font, script::tag_of(run.script));
    TTF_SetFontDirection(font, run.right_to_left() ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
}

int run_width(TTF_Font* font, const TextRun& run) {
    configure(font, run);
    int w = 0, h = 0;
    if (TTF_SizeUTF8(font, run.utf8.c_str(), &w, &h) != 0) return 0;
    return w;
}

// Cuts `run` to the longest prefix (in logical order, so the end of the text goes) that is
// at most `room` pixels wide, and returns that width.
int shorten(TTF_Font* font, TextRun& run, int room) {
    const std::vector<char32_t> code_points = utf8::decode(run.utf8);
    std::size_t low = 0, high = code_points.size();
    while (low < high) {
        const std::size_t mid = (low + high + 1) / 2;
        TextRun candidate = run;
        candidate.utf8 = utf8::encode({code_points.begin(), code_points.begin() + static_cast<std::ptrdiff_t>(mid)});
        if (run_width(font, candidate) <= room) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    run.utf8 = utf8::encode({code_points.begin(), code_points.begin() + static_cast<std::ptrdiff_t>(low)});
    return run_width(font, run);
}

// Where the baseline lies in a run surface SDL_ttf rendered. SDL_ttf grows the surface past
// the font's height when a glyph reaches above the ascent or below the descent, and shifts
// the baseline down by the part above; that part is worked out from the glyphs' own extents.
int baseline_in_surface(TTF_Font* font, const TextRun& run, int surface_height) {
    const int ascent = TTF_FontAscent(font);
    const int overflow = surface_height - TTF_FontHeight(font);
    if (overflow <= 0) return ascent;
    const int below = TTF_FontHeight(font) - ascent;
    int top = 0, bottom = 0;
    for (char32_t cp : utf8::decode(run.utf8)) {
        int minx = 0, maxx = 0, miny = 0, maxy = 0, advance = 0;
        if (TTF_GlyphMetrics32(font, cp, &minx, &maxx, &miny, &maxy, &advance) != 0) continue;
        top = std::max(top, maxy - ascent);
        bottom = std::max(bottom, -miny - below);
    }
    return ascent + (bottom <= 0 ? overflow : std::clamp(top, 0, overflow));
}

}  // namespace

struct FontStack::Impl {
    Impl(TtfLibrary library, FontChain fonts) : ttf(std::move(library)), chain(std::move(fonts)) {}

    // Declared first so that it is destroyed last, after every font is closed.
    TtfLibrary ttf;
    FontChain chain;
    mutable FontCache cache{kCacheCapacity};
    mutable std::map<std::pair<FontWeight, int>, LineMetrics> metrics_by_size;
    mutable bool render_failure_logged = false;
    mutable std::unordered_map<std::string, int> widths;

    TTF_Font* font(std::size_t face, FontSpec spec) const {
        const std::size_t file = chain.file_of(face, spec.weight);
        return cache.get(file, chain.bytes(file), spec.px);
    }

    std::vector<TextRun> runs(std::string_view utf8, FontWeight weight) const {
        const HasGlyph has_glyph = [this, weight](std::size_t face, char32_t cp) {
            return chain.has_glyph(face, weight, cp);
        };
        return text::split_runs(text::assign_faces(utf8, chain.face_count(), has_glyph, kMaxLineCodePoints));
    }

    LineMetrics metrics(FontSpec spec) const;
    std::vector<MeasuredRun> measure(std::string_view utf8, FontSpec spec) const;
    void draw_runs(SDL_Surface* target, const std::vector<MeasuredRun>& runs, LineMetrics line, Colour colour) const;
};

// The line box covers every face of the chain, so a fallback glyph is never cut: its top is
// the highest ascent and its bottom the deepest descent of any face at this size. Bounded by
// the clamped size range, so the memo cannot grow without limit.
LineMetrics FontStack::Impl::metrics(FontSpec spec) const {
    const auto key = std::make_pair(spec.weight, spec.px);
    if (const auto found = metrics_by_size.find(key); found != metrics_by_size.end()) return found->second;
    LineMetrics line;
    for (std::size_t face = 0; face < chain.face_count(); ++face) {
        // A fallback face is opened for its metrics alone and closed again: most lines never
        // draw with it, and keeping it open at every size would hold its tables in memory.
        const std::size_t file = chain.file_of(face, spec.weight);
        const FontPtr unused = face == 0 ? nullptr : text::open_font(chain.bytes(file), spec.px);
        TTF_Font* f = face == 0 ? font(face, spec) : unused.get();
        if (f == nullptr) continue;
        line.ascent = std::max(line.ascent, TTF_FontAscent(f));
        line.descent = std::max(line.descent, TTF_FontHeight(f) - TTF_FontAscent(f));
    }
    metrics_by_size.emplace(key, line);
    return line;
}

std::vector<MeasuredRun> FontStack::Impl::measure(std::string_view utf8, FontSpec spec) const {
    std::vector<MeasuredRun> measured;
    int total = 0;
    for (TextRun& run : runs(utf8, spec.weight)) {
        TTF_Font* f = font(run.face, spec);
        if (f == nullptr) continue;
        int width = run_width(f, run);
        const bool cut = total + width > kMaxLineWidth;
        if (cut) width = shorten(f, run, kMaxLineWidth - total);
        total += width;
        measured.push_back(MeasuredRun{std::move(run), f, width});
        if (cut) break;
    }
    return measured;
}

// Runs are placed left to right in visual order, each at the sum of the widths before it,
// with its baseline on the line's. They never overlap, so each run's pixels are copied
// as they are (no blending onto the transparent line, which would darken antialiased edges).
void FontStack::Impl::draw_runs(SDL_Surface* target, const std::vector<MeasuredRun>& runs, LineMetrics line,
                                Colour colour) const {
    std::vector<std::uint8_t> levels;
    levels.reserve(runs.size());
    for (const MeasuredRun& r : runs) levels.push_back(r.run.level);
    std::vector<int> x_of(runs.size());
    int x = 0;
    for (std::size_t index : bidi::visual_order(levels)) {
        x_of[index] = x;
        x += runs[index].width;
    }
    const SDL_Color fg{colour.r, colour.g, colour.b, colour.a};
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const MeasuredRun& r = runs[i];
        if (r.width == 0) continue;
        configure(r.font, r.run);
        const SurfacePtr surface(TTF_RenderUTF8_Blended(r.font, r.run.utf8.c_str(), fg));
        if (!surface) {
            if (!render_failure_logged) log::warning(std::string("font: cannot render a run: ") + TTF_GetError());
            render_failure_logged = true;
            continue;
        }
        SDL_SetSurfaceBlendMode(surface.get(), SDL_BLENDMODE_NONE);
        SDL_Rect to{x_of[i], line.ascent - baseline_in_surface(r.font, r.run, surface->h), surface->w, surface->h};
        SDL_BlitSurface(surface.get(), nullptr, target, &to);
    }
}

Result<std::unique_ptr<FontStack>> FontStack::load(const std::string& fonts_dir) {
    auto library = TtfLibrary::init();
    if (!library) return unexpected(library.error());
    auto chain = FontChain::load(fonts_dir);
    if (!chain) return unexpected(chain.error());
    auto impl = std::make_unique<Impl>(std::move(library).value(), std::move(chain).value());
    std::string names;
    for (std::size_t file = 0; file < impl->chain.file_count(); ++file) {
        names += (file == 0 ? "" : ", ") + impl->chain.file_name(file);
    }
    log::info("fonts: loaded from " + fonts_dir + ": " + names);
    return std::make_unique<FontStack>(PrivateTag{}, std::move(impl));
}

Result<std::unique_ptr<FontStack>> FontStack::sibling() const {
    auto library = TtfLibrary::init();
    if (!library) return unexpected(library.error());
    auto impl = std::make_unique<Impl>(std::move(library).value(), impl_->chain.share());
    return std::make_unique<FontStack>(PrivateTag{}, std::move(impl));
}

FontStack::FontStack(PrivateTag, std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

FontStack::~FontStack() = default;

int FontStack::width(std::string_view utf8, FontSpec font) const {
    const FontSpec spec = clamped(font);
    std::string key = std::to_string(spec.px) + (spec.weight == FontWeight::Bold ? "b|" : "r|");
    key.append(utf8);
    if (const auto found = impl_->widths.find(key); found != impl_->widths.end()) return found->second;
    int total = 0;
    for (const MeasuredRun& r : impl_->measure(utf8, spec)) total += r.width;
    if (impl_->widths.size() >= kWidthMemoEntries) impl_->widths.clear();
    impl_->widths.emplace(std::move(key), total);
    return total;
}

int FontStack::line_height(FontSpec font) const {
    const LineMetrics line = impl_->metrics(clamped(font));
    return line.ascent + line.descent;
}

int FontStack::baseline(FontSpec font) const { return impl_->metrics(clamped(font)).ascent; }

std::string FontStack::drawable(std::string_view utf8) const {
    const HasGlyph has_glyph = [this](std::size_t face, char32_t cp) {
        return impl_->chain.has_glyph(face, FontWeight::Regular, cp);
    };
    return utf8::encode(text::assign_faces(utf8, impl_->chain.face_count(), has_glyph, utf8.size()).code_points);
}

SurfacePtr FontStack::render_line(std::string_view utf8, FontSpec font, Colour colour) const {
    const FontSpec spec = clamped(font);
    const std::vector<MeasuredRun> runs = impl_->measure(utf8, spec);
    int width = 0;
    for (const MeasuredRun& r : runs) width += r.width;
    if (width == 0) return nullptr;
    const LineMetrics line = impl_->metrics(spec);
    SurfacePtr target(SDL_CreateRGBSurfaceWithFormat(0, width, line.ascent + line.descent, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!target) {
        log::warning(std::string("font: cannot create a line surface: ") + SDL_GetError());
        return nullptr;
    }
    // Transparent pixels carry the text colour, so filtering at glyph edges never fringes.
    SDL_FillRect(target.get(), nullptr, SDL_MapRGBA(target->format, colour.r, colour.g, colour.b, 0));
    if (colour.a != 0) impl_->draw_runs(target.get(), runs, line, colour);
    return target;
}

std::vector<std::string> FontStack::face_files() const {
    std::vector<std::string> names;
    for (std::size_t file = 0; file < impl_->chain.file_count(); ++file) names.push_back(impl_->chain.file_name(file));
    return names;
}

}  // namespace kiosk
