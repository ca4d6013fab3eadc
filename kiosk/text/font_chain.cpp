// The fallback chain of font files, mapped once and opened when first needed.
#include "kiosk/text/font_chain.h"

#include <filesystem>

#include "kiosk/base/log.h"

namespace kiosk::text {
namespace {

struct FaceFiles {
    const char* role;
    const char* regular;
    const char* bold;  // nullptr: the family has no bold
};

// The chain, in the order characters look for a glyph. The UI variants of the Arabic and
// Devanagari faces have the same vertical metrics as Noto Sans, so mixing scripts on one line
// does not make every line taller.
constexpr std::array<FaceFiles, 6> kChain{{
    {"main", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
    {"Arabic", "NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf"},
    {"Devanagari", "NotoSansDevanagariUI-Regular.ttf", "NotoSansDevanagariUI-Bold.ttf"},
    {"Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"},
    {"CJK", "DroidSansFallbackFull.ttf", nullptr},
    {"symbols", "Symbola.ttf", nullptr},
}};

// Font files are a few megabytes; anything far larger is not one of ours.
constexpr std::size_t kMaxFontFileBytes = 64u * 1024u * 1024u;

// The size the coverage probes are opened at; coverage does not depend on size.
constexpr int kProbePx = 16;

}  // namespace

Result<std::size_t> FontChain::add_file(const std::string& fonts_dir, const char* name) {
    auto bytes = MappedFile::open((std::filesystem::path(fonts_dir) / name).string(), kMaxFontFileBytes);
    if (!bytes) return unexpected(bytes.error());
    files_.push_back(File{name, std::make_shared<const MappedFile>(std::move(bytes).value()), nullptr, false});
    return files_.size() - 1;
}

TTF_Font* FontChain::probe(std::size_t file) const {
    const File& f = files_[file];
    if (f.probe || f.broken) return f.probe.get();
    f.probe = open_font(bytes(file), kProbePx);
    if (!f.probe) {
        f.broken = true;
        log::warning("font: " + f.name + " is not a usable font (" + TTF_GetError() + "); its characters are left out");
    }
    return f.probe.get();
}

Result<FontChain> FontChain::load(const std::string& fonts_dir) {
    FontChain chain;
    for (const FaceFiles& face : kChain) {
        auto regular = chain.add_file(fonts_dir, face.regular);
        if (!regular) {
            if (chain.faces_.empty()) return unexpected("main font missing: " + regular.error().message);
            log::warning(std::string("font: leaving out the ") + face.role + " face: " + regular.error().message);
            continue;
        }
        if (chain.faces_.empty() && chain.probe(*regular) == nullptr) {
            return unexpected(std::string("main font: ") + face.regular + ": not a usable font");
        }
        Face entry{*regular, *regular};
        if (face.bold != nullptr) {
            auto bold = chain.add_file(fonts_dir, face.bold);
            if (bold) {
                entry.bold = *bold;
            } else {
                log::warning(std::string("font: ") + face.role +
                             " bold falls back to regular: " + bold.error().message);
            }
        }
        chain.faces_.push_back(entry);
    }
    return chain;
}

std::size_t FontChain::file_of(std::size_t face, FontWeight weight) const {
    return weight == FontWeight::Bold ? faces_[face].bold : faces_[face].regular;
}

FontBytes FontChain::bytes(std::size_t file) const {
    return FontBytes{files_[file].bytes->data(), files_[file].bytes->size()};
}

FontChain FontChain::share() const {
    FontChain copy;
    copy.faces_ = faces_;
    for (const File& f : files_) copy.files_.push_back(File{f.name, f.bytes, nullptr, f.broken});
    return copy;
}

bool FontChain::has_glyph(std::size_t face, FontWeight weight, char32_t cp) const {
    TTF_Font* font = probe(file_of(face, weight));
    return font != nullptr && TTF_GlyphIsProvided32(font, cp) != 0;
}

}  // namespace kiosk::text
