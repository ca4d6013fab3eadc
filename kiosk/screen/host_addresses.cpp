// getifaddrs, filtered to the addresses someone could reach the screen at.
#include "kiosk/screen/host_addresses.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>
#include <memory>

namespace kiosk {
namespace {

struct IfaddrsDeleter {
    void operator()(ifaddrs* list) const noexcept { freeifaddrs(list); }
};

std::string address_text(const sockaddr* address) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address->sa_family == AF_INET) {
        sockaddr_in v4{};
        std::copy_n(reinterpret_cast<const char*>(address), sizeof v4, reinterpret_cast<char*>(&v4));
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    } else {
        sockaddr_in6 v6{};
        std::copy_n(reinterpret_cast<const char*>(address), sizeof v6, reinterpret_cast<char*>(&v6));
        if (IN6_IS_ADDR_LINKLOCAL(&v6.sin6_addr)) return {};
        inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    }
    return text;
}

}  // namespace

std::vector<std::string> host_addresses() {
    ifaddrs* raw = nullptr;
    if (getifaddrs(&raw) != 0) return {};
    const std::unique_ptr<ifaddrs, IfaddrsDeleter> list(raw);
    std::vector<std::string> v4, v6;
    for (const ifaddrs* i = list.get(); i != nullptr; i = i->ifa_next) {
        if (i->ifa_addr == nullptr || (i->ifa_flags & IFF_UP) == 0 || (i->ifa_flags & IFF_LOOPBACK) != 0) continue;
        const int family = i->ifa_addr->sa_family;
        if (family != AF_INET && family != AF_INET6) continue;
        std::string text = address_text(i->ifa_addr);
        if (text.empty()) continue;
        auto& out = family == AF_INET ? v4 : v6;
        if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(std::move(text));
    }
    v4.insert(v4.end(), v6.begin(), v6.end());
    return v4;
}

}  // namespace kiosk
