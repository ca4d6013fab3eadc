// The machine's own IP addresses, for the "waiting for content" slide an installer reads.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

// Every address of every interface that is up, loopback and IPv6 link-local left out; IPv4 first.
std::vector<std::string> host_addresses();

}  // namespace kiosk
