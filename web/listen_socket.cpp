#include "web/listen_socket.h"

#include "base/log.h"
#include "base/strings.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <system_error>
#include <unistd.h>

namespace web {

namespace {

constexpr std::string_view k_error_code = "web.listen";

// Closes the descriptor when it goes out of scope.
class SocketHandle {
public:
    explicit SocketHandle(int fd)
        : m_fd(fd)
    {
    }
    ~SocketHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SocketHandle(const SocketHandle&) = delete;
    SocketHandle& operator=(const SocketHandle&) = delete;

    int fd() const { return m_fd; }

private:
    int m_fd;
};

base::Error listen_error(std::string message) { return base::Error(std::string(k_error_code), std::move(message)); }

base::Error system_error(const std::string& what, int error_number)
{
    return listen_error(what + ": " + std::system_category().message(error_number));
}

sockaddr_un unix_address(const std::string& path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    return address;
}

base::Result<ListenAddress> parse_unix_path(std::string_view text)
{
    // libfcgi reads "name:digits" as host and port.
    if (text.find(':') != std::string_view::npos)
        return listen_error("the socket path \"" + std::string(text) + "\" must not contain ':'");
    if (text.size() >= sizeof(sockaddr_un::sun_path))
        return listen_error("the socket path \"" + std::string(text) + "\" is too long for a unix socket");
    return ListenAddress { true, std::string(text), "", 0 };
}

base::Result<ListenAddress> parse_tcp_address(std::string_view text)
{
    std::size_t colon = text.find(':');
    std::string host(text.substr(0, colon));
    auto port = base::parse_int(text.substr(colon + 1));
    if (!port || *port < 1 || *port > 65535)
        return listen_error("\"" + std::string(text) + "\" needs a port from 1 to 65535 after the ':'");
    if (host == "*")
        host.clear();
    if (host == "localhost")
        host = "127.0.0.1";
    in_addr parsed {};
    if (!host.empty() && inet_pton(AF_INET, host.c_str(), &parsed) != 1)
        return listen_error("\"" + std::string(text) + "\": give a numeric IPv4 address, such as 127.0.0.1:9000");
    return ListenAddress { false, "", host, static_cast<int>(*port) };
}

bool someone_listens_on(const std::string& path)
{
    SocketHandle probe(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    sockaddr_un address = unix_address(path);
    return probe.fd() >= 0 && ::connect(probe.fd(), reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
}

base::Result<void> remove_stale_socket(const std::string& path)
{
    struct stat status { };
    if (::lstat(path.c_str(), &status) != 0)
        return {};
    if (!S_ISSOCK(status.st_mode))
        return listen_error(path + " exists and is not a socket; not replacing it");
    if (someone_listens_on(path))
        return listen_error("another process is already listening on " + path);
    if (::unlink(path.c_str()) != 0)
        return system_error("cannot remove the stale socket " + path, errno);
    base::log::info("web", "removed the stale socket " + path);
    return {};
}

base::Result<void> try_bind(int family, const sockaddr* address, socklen_t size, const std::string& name)
{
    SocketHandle probe(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (probe.fd() < 0)
        return system_error("cannot create a socket for " + name, errno);
    int yes = 1;
    if (family == AF_INET)
        ::setsockopt(probe.fd(), SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(probe.fd(), address, size) != 0)
        return system_error("cannot listen on " + name, errno);
    return {};
}

base::Result<void> try_bind_unix(const std::string& path)
{
    sockaddr_un address = unix_address(path);
    auto bound = try_bind(AF_UNIX, reinterpret_cast<sockaddr*>(&address), sizeof address, path);
    if (bound.ok())
        ::unlink(path.c_str());
    return bound;
}

base::Result<void> try_bind_tcp(const ListenAddress& listen_address)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(listen_address.port));
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    if (!listen_address.host.empty())
        inet_pton(AF_INET, listen_address.host.c_str(), &address.sin_addr);
    return try_bind(AF_INET, reinterpret_cast<sockaddr*>(&address), sizeof address, listen_address.fcgi_address());
}

}

std::string ListenAddress::fcgi_address() const { return is_unix_socket ? path : host + ":" + std::to_string(port); }

base::Result<ListenAddress> parse_listen_address(std::string_view text)
{
    if (text.empty())
        return listen_error("no listen address: give a unix socket path or host:port");
    if (text.front() == '/' || text.front() == '.' || text.find(':') == std::string_view::npos)
        return parse_unix_path(text);
    return parse_tcp_address(text);
}

base::Result<void> prepare_to_listen(const ListenAddress& address)
{
    if (!address.is_unix_socket)
        return try_bind_tcp(address);
    TRY(remove_stale_socket(address.path));
    return try_bind_unix(address.path);
}

}
