// minisign's formats, read strictly: every length is checked before a byte is copied.
#include "kiosk/trust/minisign.h"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace kiosk::trust {
namespace {

constexpr std::string_view kUntrusted = "untrusted comment:";
constexpr std::string_view kTrusted = "trusted comment: ";

// libsodium's one-time set-up; safe to call from any thread, any number of times.
bool sodium_ready() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Result<std::vector<std::uint8_t>> base64(std::string_view text, std::size_t expected) {
    std::vector<std::uint8_t> out(expected + 1);  // one spare byte, so a longer input is caught
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size() || length != expected) {
        return unexpected(std::string("not the base64 of ") + std::to_string(expected) + " bytes");
    }
    out.resize(length);
    return out;
}

std::string_view trim_line(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    return line;
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    while (!lines.empty() && trim_line(lines.back()).empty()) lines.pop_back();
    return lines;
}

std::optional<std::int64_t> number_of(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

bool verify_detached(const std::array<std::uint8_t, 64>& signature, std::span<const std::uint8_t> message,
                     const PublicKey& key) {
    return crypto_sign_ed25519_verify_detached(signature.data(), message.data(), message.size(), key.key.data()) == 0;
}

}  // namespace

std::string key_id_text(const KeyId& id) {
    // minisign prints the id as a little-endian 64-bit number.
    std::string out;
    char digits[3];
    for (auto byte = id.rbegin(); byte != id.rend(); ++byte) {
        std::snprintf(digits, sizeof digits, "%02X", *byte);
        out += digits;
    }
    return out;
}

Result<PublicKey> parse_public_key(std::string_view text) {
    std::vector<std::string_view> lines = lines_of(text);
    if (lines.size() == 2 && trim_line(lines[0]).starts_with(kUntrusted)) lines.erase(lines.begin());
    if (lines.size() != 1) return unexpected(std::string("a minisign public key is one line, \"RW\" and 54 more characters"));
    const auto bytes = base64(trim_line(lines[0]), 2 + 8 + 32);
    if (!bytes) return unexpected("not a minisign public key: " + bytes.error().message);
    if ((*bytes)[0] != 'E' || (*bytes)[1] != 'd') return unexpected(std::string("not an Ed25519 minisign public key"));
    PublicKey key;
    std::copy_n(bytes->begin() + 2, 8, key.id.begin());
    std::copy_n(bytes->begin() + 10, 32, key.key.begin());
    return key;
}

Result<Signature> parse_signature(std::string_view text) {
    if (text.size() > kMaxSignatureBytes) return unexpected(std::string("the signature file is too large to be one"));
    const std::vector<std::string_view> lines = lines_of(text);
    if (lines.size() != 4 || !lines[0].starts_with(kUntrusted) || !lines[2].starts_with(kTrusted)) {
        return unexpected(std::string(
            "not a minisign signature: it has four lines, an untrusted comment, the signature, a trusted "
            "comment and its signature"));
    }
    const auto main = base64(trim_line(lines[1]), 2 + 8 + 64);
    if (!main) return unexpected("the signature line is " + main.error().message);
    Signature signature;
    if ((*main)[0] == 'E' && (*main)[1] == 'D') {
        signature.prehashed = true;
    } else if ((*main)[0] == 'E' && (*main)[1] == 'd') {
        signature.prehashed = false;
    } else {
        return unexpected(std::string("the signature is not Ed25519"));
    }
    std::copy_n(main->begin() + 2, 8, signature.key_id.begin());
    std::copy_n(main->begin() + 10, 64, signature.signature.begin());
    std::string_view comment = lines[2].substr(kTrusted.size());
    if (!comment.empty() && comment.back() == '\r') comment.remove_suffix(1);
    signature.trusted_comment = std::string(comment);
    const auto global = base64(trim_line(lines[3]), 64);
    if (!global) return unexpected("the trusted comment's signature is " + global.error().message);
    std::copy_n(global->begin(), 64, signature.global_signature.begin());
    return signature;
}

Verified read_trusted_comment(std::string_view comment) {
    Verified out;
    out.trusted_comment = std::string(comment);
    while (!comment.empty()) {
        const std::size_t end = comment.find('\t');
        const std::string_view field = comment.substr(0, end);
        const std::size_t colon = field.find(':');
        if (colon != std::string_view::npos) {
            const std::string_view name = field.substr(0, colon), value = field.substr(colon + 1);
            if (name == "timestamp") out.timestamp = number_of(value);
            if (name == "file") out.file = std::string(value);
            if (name == "expires") out.expires = number_of(value);
        }
        if (end == std::string_view::npos) break;
        comment.remove_prefix(end + 1);
    }
    return out;
}

Result<Verified> verify(std::span<const std::uint8_t> message, const Signature& signature,
                        std::span<const PublicKey> trusted) {
    if (!sodium_ready()) return unexpected(std::string("libsodium could not start"));
    const auto key = std::find_if(trusted.begin(), trusted.end(),
                                  [&](const PublicKey& k) { return k.id == signature.key_id; });
    if (key == trusted.end()) {
        return unexpected("signed by key " + key_id_text(signature.key_id) + ", which is not a trusted key");
    }
    bool good = false;
    if (signature.prehashed) {
        std::array<std::uint8_t, crypto_generichash_BYTES_MAX> hash{};
        crypto_generichash(hash.data(), hash.size(), message.data(), message.size(), nullptr, 0);
        good = verify_detached(signature.signature, hash, *key);
    } else {
        good = verify_detached(signature.signature, message, *key);
    }
    if (!good) return unexpected(std::string("the signature does not match: the file changed after it was signed"));
    // The trusted comment is signed together with the file's signature, so neither can be swapped.
    std::vector<std::uint8_t> global(signature.signature.begin(), signature.signature.end());
    global.insert(global.end(), signature.trusted_comment.begin(), signature.trusted_comment.end());
    if (!verify_detached(signature.global_signature, global, *key)) {
        return unexpected(std::string("the trusted comment does not match its signature"));
    }
    Verified out = read_trusted_comment(signature.trusted_comment);
    out.key_id = signature.key_id;
    return out;
}

Result<Verified> verify(std::span<const std::uint8_t> message, std::string_view signature_text,
                        std::span<const PublicKey> trusted) {
    const auto signature = parse_signature(signature_text);
    if (!signature) return unexpected(signature.error());
    return verify(message, *signature, trusted);
}

}  // namespace kiosk::trust
