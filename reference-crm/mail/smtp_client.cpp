#include "reference-crm/mail/smtp_client.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace refcrm::mail {

namespace {

base::Error smtp_error(const std::string& what) { return base::Error("mail.smtp", what); }

class Socket {
public:
    explicit Socket(int fd)
        : m_fd(fd)
    {
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    ~Socket()
    {
        if (m_fd >= 0)
            close(m_fd);
    }

    base::Result<void> write_all(std::string_view data)
    {
        while (!data.empty()) {
            ssize_t sent = ::send(m_fd, data.data(), data.size(), MSG_NOSIGNAL);
            if (sent <= 0)
                return smtp_error(std::string("cannot write to the SMTP server: ") + std::strerror(errno));
            data.remove_prefix(static_cast<std::size_t>(sent));
        }
        return {};
    }

    // One reply, possibly of several "250-…" lines; its last line.
    base::Result<std::string> read_reply()
    {
        while (true) {
            std::size_t end = m_buffer.find("\r\n");
            if (end != std::string::npos) {
                std::string line = m_buffer.substr(0, end);
                m_buffer.erase(0, end + 2);
                if (line.size() < 4 || line[3] != '-')
                    return line;
                continue;
            }
            char chunk[1024];
            ssize_t got = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (got <= 0 || m_buffer.size() > 64 * 1024)
                return smtp_error("the SMTP server closed the connection or did not answer");
            m_buffer.append(chunk, static_cast<std::size_t>(got));
        }
    }

private:
    int m_fd;
    std::string m_buffer;
};

base::Result<int> connect_to(const SmtpOptions& options)
{
    addrinfo hints {};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    std::string port = std::to_string(options.port);
    if (int status = getaddrinfo(options.host.c_str(), port.c_str(), &hints, &found); status != 0)
        return smtp_error("cannot resolve the SMTP host " + options.host + ": " + gai_strerror(status));
    timeval timeout { options.timeout_seconds, 0 };
    int fd = -1;
    for (addrinfo* address = found; address && fd < 0; address = address->ai_next) {
        fd = socket(address->ai_family, address->ai_socktype, address->ai_protocol);
        if (fd < 0)
            continue;
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        if (connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd < 0)
        return smtp_error("cannot connect to the SMTP server " + options.host + ":" + port);
    return fd;
}

// Sends a command (none for the greeting) and wants a reply starting with `expected`.
base::Result<void> step(Socket& socket, const std::string& command, std::string_view expected)
{
    if (!command.empty())
        TRY(socket.write_all(command + "\r\n"));
    std::string reply = TRY(socket.read_reply());
    if (!reply.starts_with(expected))
        return smtp_error("the SMTP server refused " + (command.empty() ? "the connection" : command.substr(0, 4))
            + ": " + reply.substr(0, 200));
    return {};
}

bool safe_address(std::string_view address)
{
    return !address.empty() && address.size() <= 254 && address.find('@') != std::string_view::npos
        && address.find_first_of("\r\n<> ") == std::string_view::npos;
}

std::string rfc5322_date()
{
    std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char text[64];
    std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return text;
}

// A header value with CR and LF taken out, so no text can add a header.
std::string header_value(std::string_view text)
{
    std::string clean;
    for (char c : text)
        clean += (c == '\r' || c == '\n') ? ' ' : c;
    return clean;
}

}

std::string data_section(const SmtpOptions& options, const Message& message)
{
    std::string data = "From: " + header_value(options.from) + "\r\nTo: " + header_value(message.to)
        + "\r\nSubject: " + header_value(message.subject) + "\r\nDate: " + rfc5322_date()
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    std::size_t start = 0;
    while (start <= message.body.size()) {
        std::size_t end = message.body.find('\n', start);
        std::string_view line
            = std::string_view(message.body).substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.starts_with('.'))
            data += '.';
        data.append(line).append("\r\n");
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return data + ".";
}

base::Result<void> send_message(const SmtpOptions& options, const Message& message)
{
    if (!safe_address(message.to) || !safe_address(options.from))
        return smtp_error("refusing to send to or from a malformed address");
    Socket socket(TRY(connect_to(options)));
    TRY(step(socket, "", "220"));
    TRY(step(socket, "EHLO localhost", "250"));
    TRY(step(socket, "MAIL FROM:<" + options.from + ">", "250"));
    TRY(step(socket, "RCPT TO:<" + message.to + ">", "25"));
    TRY(step(socket, "DATA", "354"));
    TRY(step(socket, data_section(options, message), "250"));
    TRY(step(socket, "QUIT", "221"));
    return {};
}

}
