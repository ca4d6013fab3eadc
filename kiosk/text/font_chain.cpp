// The fallback chain of font files, read into memory once.
#include "kiosk/text/font_chain.h"

#include <filesystem>
#include <fstream>
#include <iterator>

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
constexpr std::uintmax_t kMaxFontFileBytes = 64u * 1024u * 1024u;

// The size the coverage probes are opened at; coverage does not depend on size.
constexpr int kProbePx = 16;

Result<std::vector<unsigned char>, std::string> read_file(const std::filesystem::path& path) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) return unexpected(path.string() + ": " + ec.message());
    if (size > kMaxFontFileBytes) return unexpected(path.string() + ": too large for a font file");
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return unexpected(path.string() + ": read error");
    return bytes;
}

}  // namespace

Result<std::size_t, std::string> FontChain::add_file(const std::string& fonts_dir, const char* name) {
    auto bytes = read_file(std::filesystem::path(fonts_dir) / name);
    if (!bytes) return unexpected(bytes.error());
    File file{name, std::move(bytes).value(), nullptr};
    file.probe = open_font(FontBytes{file.bytes.data(), file.bytes.size()}, kProbePx);
    if (!file.probe) return unexpected(std::string(name) + ": not a usable font: " + TTF_GetError());
    files_.push_back(std::move(file));
    return files_.size() - 1;
}

Result<FontChain, std::string> FontChain::load(const std::string& fonts_dir) {
    FontChain chain;
    for (const FaceFiles& face : kChain) {
        auto regular = chain.add_file(fonts_dir, face.regular);
        if (!regular) {
            if (chain.faces_.empty()) return unexpected("main font missing: " + regular.error());
            log::warning(std::string("font: leaving out the ") + face.role + " face: " + regular.error());
            continue;
        }
        Face entry{*regular, *regular};
        if (face.bold != nullptr) {
            auto bold = chain.add_file(fonts_dir, face.bold);
            if (bold) {
                entry.bold = *bold;
            } else {
                log::warning(std::string("font: ") + face.role + " bold falls back to regular: " + bold.error());
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
    return FontBytes{files_[file].bytes.data(), files_[file].bytes.size()};
}

bool FontChain::has_glyph(std::size_t face, FontWeight weight, char32_t cp) const {
    return TTF_GlyphIsProvided32(files_[file_of(face, weight)].probe.get(), cp) != 0;
}

}  // namespace kiosk::text
