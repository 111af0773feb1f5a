#include "web/fastcgi_test_client.h"

#include <cstdint>
#include <cstring>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <system_error>
#include <unistd.h>

namespace web::testing {

namespace {

enum RecordType : std::uint8_t { begin_request = 1, end_request = 3, params = 4, stdin_stream = 5, stdout_stream = 6 };
constexpr std::uint16_t k_request_id = 1;
constexpr std::size_t k_max_content = 65535;

base::Error client_error(const std::string& what)
{
    return base::Error("test.fastcgi", what + ": " + std::system_category().message(errno));
}

std::string record(RecordType type, std::string_view content)
{
    std::string out;
    out += static_cast<char>(1);
    out += static_cast<char>(type);
    out += static_cast<char>(k_request_id >> 8);
    out += static_cast<char>(k_request_id & 0xFF);
    out += static_cast<char>(content.size() >> 8);
    out += static_cast<char>(content.size() & 0xFF);
    out += '\0';
    out += '\0';
    return out += content;
}

// A stream is split into records of at most 64 KiB and closed by an empty one.
std::string stream_records(RecordType type, std::string_view data)
{
    std::string out;
    for (std::size_t offset = 0; offset < data.size(); offset += k_max_content)
        out += record(type, data.substr(offset, k_max_content));
    return out + record(type, {});
}

void append_length(std::string& out, std::size_t length)
{
    if (length < 128) {
        out += static_cast<char>(length);
        return;
    }
    out += static_cast<char>(((length >> 24) & 0x7F) | 0x80);
    out += static_cast<char>((length >> 16) & 0xFF);
    out += static_cast<char>((length >> 8) & 0xFF);
    out += static_cast<char>(length & 0xFF);
}

std::string encode_params(const std::map<std::string, std::string>& params)
{
    std::string out;
    for (const auto& [name, value] : params) {
        append_length(out, name.size());
        append_length(out, value.size());
        out += name;
        out += value;
    }
    return out;
}

base::Result<int> connect_to(const std::string& socket_path)
{
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return client_error("socket");
    timeval timeout { 20, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socket_path.c_str(), sizeof address.sun_path - 1);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        auto error = client_error("connect to " + socket_path);
        ::close(fd);
        return error;
    }
    return fd;
}

bool write_all(int fd, std::string_view data)
{
    while (!data.empty()) {
        ssize_t written = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (written <= 0)
            return false;
        data.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

bool read_exactly(int fd, char* data, std::size_t size)
{
    while (size > 0) {
        ssize_t count = ::read(fd, data, size);
        if (count <= 0)
            return false;
        data += count;
        size -= static_cast<std::size_t>(count);
    }
    return true;
}

FastCgiReply read_reply(int fd)
{
    FastCgiReply reply;
    unsigned char header[8];
    while (!reply.ended && read_exactly(fd, reinterpret_cast<char*>(header), sizeof header)) {
        std::size_t length = (header[4] << 8) | header[5];
        std::string content(length + header[6], '\0');
        if (!read_exactly(fd, content.data(), content.size()))
            break;
        if (header[1] == stdout_stream)
            reply.output.append(content, 0, length);
        reply.ended = header[1] == end_request;
    }
    return reply;
}

}

base::Result<FastCgiReply> send_fastcgi_request(
    const std::string& socket_path, const std::map<std::string, std::string>& params, std::string_view body)
{
    int fd = TRY(connect_to(socket_path));
    // Role 1 is the responder; flags 0: the server closes the connection.
    std::string begin_body { 0, 1, 0, 0, 0, 0, 0, 0 };
    std::string message = record(begin_request, begin_body) + stream_records(RecordType::params, encode_params(params))
        + stream_records(stdin_stream, body);
    // The server may answer before it has read all of a body it refuses.
    bool sent = write_all(fd, message);
    FastCgiReply reply = read_reply(fd);
    ::close(fd);
    if (!sent && !reply.ended)
        return base::Error("test.fastcgi", "the request could not be sent");
    return reply;
}

}
