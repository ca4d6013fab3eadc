// systemd's notification socket for tests: a real datagram socket that the tests read from.
#pragma once

#include <doctest/doctest.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>

namespace kiosk::test {

// Bound in the abstract namespace, as systemd's NOTIFY_SOCKET may be, so it leaves no file behind.
// Setting NOTIFY_SOCKET makes every SystemdNotifier created afterwards talk to it.
class NotifySocket {
public:
    NotifySocket() {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(fd_ >= 0);
        const std::string name = "kiosk-test-notify-" + std::to_string(::getpid()) + "-" + std::to_string(std::random_device{}());
        addr_.sun_family = AF_UNIX;
        name.copy(addr_.sun_path + 1, sizeof addr_.sun_path - 2);
        length_ = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
        REQUIRE(::bind(fd_, reinterpret_cast<const sockaddr*>(&addr_), length_) == 0);
        timeval timeout{2, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setenv("NOTIFY_SOCKET", ("@" + name).c_str(), 1);
    }
    ~NotifySocket() {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
        ::close(fd_);
    }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    // The next message, waiting up to two seconds; nothing on a time-out.
    std::optional<std::string> receive(bool wait = true) {
        char buf[4096];
        const auto n = ::recv(fd_, buf, sizeof buf, wait ? 0 : MSG_DONTWAIT);
        if (n < 0) return std::nullopt;
        return std::string(buf, static_cast<std::size_t>(n));
    }

    // Queues "fill" datagrams until the kernel refuses more, as when the service manager has
    // stopped reading: a blocking send to the socket now waits until it is read. Returns how many.
    int fill() {
        const int sender = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(sender >= 0);
        int sent = 0;
        while (::sendto(sender, "fill", 4, MSG_DONTWAIT, reinterpret_cast<const sockaddr*>(&addr_), length_) == 4) ++sent;
        const int error = errno;
        ::close(sender);
        REQUIRE((error == EAGAIN || error == EWOULDBLOCK));
        return sent;
    }

private:
    int fd_ = -1;
    sockaddr_un addr_{};
    socklen_t length_ = 0;
};

}  // namespace kiosk::test
