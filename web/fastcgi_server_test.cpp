#define BOOST_TEST_MODULE fastcgi_server
#include <boost/test/unit_test.hpp>

#include "web/fastcgi_server.h"
#include "web/fastcgi_test_client.h"

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

class TempDir {
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "web-test-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~TempDir() { fs::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

web::HttpResponse echo(web::HttpRequest& request)
{
    if (request.path == "/boom")
        throw std::runtime_error("the handler broke");
    if (request.body_too_large)
        return web::HttpResponse::text(413, "too large");
    std::string text = request.method + " " + request.path + " a=" + request.query_param("a").value_or("-")
        + " name=" + request.form_param("name").value_or("-") + " body=" + std::to_string(request.body.size());
    return web::HttpResponse::text(200, text);
}

// A server running on its own thread, as main() runs it.
struct RunningServer {
    explicit RunningServer(web::FastCgiServerOptions options, web::FastCgiServer::RequestHandler handler = echo)
    {
        auto created = web::FastCgiServer::create(std::move(options), std::move(handler));
        if (!created.ok())
            throw std::runtime_error(created.error().message());
        server = created.release_value();
        finished = std::async(std::launch::async, [this] { server->run(); });
    }
    ~RunningServer()
    {
        server->stop();
        finished.wait();
    }
    bool stops_within(std::chrono::milliseconds limit)
    {
        server->stop();
        return finished.wait_for(limit) == std::future_status::ready;
    }

    std::unique_ptr<web::FastCgiServer> server;
    std::future<void> finished;
};

web::FastCgiServerOptions options_for(const std::string& socket_path)
{
    web::FastCgiServerOptions options;
    options.listen_address = socket_path;
    options.worker_threads = 3;
    options.max_body_bytes = 4096;
    return options;
}

std::map<std::string, std::string> get(const std::string& uri)
{
    std::string query = uri.find('?') == std::string::npos ? "" : uri.substr(uri.find('?') + 1);
    return { { "REQUEST_METHOD", "GET" }, { "REQUEST_URI", uri }, { "QUERY_STRING", query } };
}

std::string send(
    const std::string& socket, const std::map<std::string, std::string>& params, std::string_view body = {})
{
    auto reply = web::testing::send_fastcgi_request(socket, params, body);
    BOOST_REQUIRE_MESSAGE(reply.ok(), (reply.ok() ? "" : reply.error().message()));
    BOOST_TEST(reply->ended);
    return reply->output;
}

std::string run_command(const std::string& command)
{
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    BOOST_REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (std::size_t count = std::fread(buffer, 1, sizeof buffer, pipe))
        output.append(buffer, count);
    ::pclose(pipe);
    return output;
}

}

BOOST_AUTO_TEST_CASE(serves_cgi_fcgi_and_stops)
{
    if (std::system("command -v cgi-fcgi >/dev/null 2>&1") != 0) {
        BOOST_TEST_MESSAGE("cgi-fcgi is not installed (Debian package libfcgi-bin); skipped");
        return;
    }
    TempDir dir;
    RunningServer running(options_for(dir.file("portal.sock")));
    std::string output = run_command("env REQUEST_METHOD=GET SCRIPT_NAME=/x 'REQUEST_URI=/hello?a=1' QUERY_STRING=a=1 "
                                     "cgi-fcgi -bind -connect "
        + dir.file("portal.sock"));
    BOOST_TEST(
        output == "Status: 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGET /hello a=1 name=- body=0");
    BOOST_TEST(running.stops_within(5s));
}

BOOST_AUTO_TEST_CASE(answers_posts_errors_and_heads)
{
    TempDir dir;
    std::string socket = dir.file("portal.sock");
    RunningServer running(options_for(socket));

    auto post = get("/login?a=2");
    post["REQUEST_METHOD"] = "POST";
    post["CONTENT_TYPE"] = "application/x-www-form-urlencoded";
    post["CONTENT_LENGTH"] = "9";
    BOOST_TEST(send(socket, post, "name=Jane").ends_with("\r\n\r\nPOST /login a=2 name=Jane body=9"));

    std::string failed = send(socket, get("/boom"));
    BOOST_TEST(failed.starts_with("Status: 500 Internal Server Error\r\n"));

    auto head = get("/hello");
    head["REQUEST_METHOD"] = "HEAD";
    BOOST_TEST(send(socket, head) == "Status: 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");

    auto odd = get("/what");
    odd["REQUEST_METHOD"] = "BREW";
    odd["CONTENT_LENGTH"] = "-5";
    BOOST_TEST(send(socket, odd, "x").ends_with("BREW /what a=- name=- body=1"));
    BOOST_TEST(send(socket, {}).starts_with("Status: 200 OK\r\n"));
    BOOST_TEST(running.stops_within(5s));
}

BOOST_AUTO_TEST_CASE(bodies_over_the_limit_are_drained_and_flagged)
{
    TempDir dir;
    std::string socket = dir.file("portal.sock");
    RunningServer running(options_for(socket));
    std::string big(std::size_t { 200 } * 1024, 'x');

    auto honest = get("/upload");
    honest["REQUEST_METHOD"] = "POST";
    honest["CONTENT_LENGTH"] = std::to_string(big.size());
    BOOST_TEST(send(socket, honest, big).starts_with("Status: 413 "));

    honest["CONTENT_LENGTH"] = "12";
    BOOST_TEST(send(socket, honest, big).starts_with("Status: 413 "));
    honest["CONTENT_LENGTH"] = "99999999999999999999";
    BOOST_TEST(send(socket, honest, big).starts_with("Status: 413 "));
    BOOST_TEST(send(socket, honest, "small").ends_with("body=5"));
}

BOOST_AUTO_TEST_CASE(stop_lets_the_request_in_progress_finish)
{
    TempDir dir;
    std::string socket = dir.file("portal.sock");
    std::promise<void> entered;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    RunningServer running(options_for(socket), [&](web::HttpRequest&) {
        entered.set_value();
        released.wait();
        return web::HttpResponse::text(200, "finished");
    });
    // Boost.Test checks stay on the main thread: it is not thread-safe.
    auto reply
        = std::async(std::launch::async, [&] { return web::testing::send_fastcgi_request(socket, get("/slow"), {}); });
    entered.get_future().wait();
    running.server->stop();
    BOOST_TEST((running.finished.wait_for(200ms) == std::future_status::timeout));
    release.set_value();
    auto answer = reply.get();
    BOOST_REQUIRE(answer.ok());
    BOOST_TEST(answer->output.ends_with("\r\n\r\nfinished"));
    BOOST_TEST((running.finished.wait_for(5s) == std::future_status::ready));
    BOOST_TEST(!web::testing::send_fastcgi_request(socket, get("/late"), {}).ok());
}

BOOST_AUTO_TEST_CASE(stop_before_run_and_when_idle_returns_at_once)
{
    TempDir dir;
    auto server = web::FastCgiServer::create(options_for(dir.file("a.sock")), echo);
    BOOST_REQUIRE(server.ok());
    (*server)->stop();
    auto finished = std::async(std::launch::async, [&] { (*server)->run(); });
    BOOST_TEST((finished.wait_for(5s) == std::future_status::ready));

    RunningServer idle(options_for(dir.file("b.sock")));
    std::this_thread::sleep_for(100ms);
    BOOST_TEST(idle.stops_within(2s));
}

BOOST_AUTO_TEST_CASE(sigterm_keeps_its_default_handling)
{
    TempDir dir;
    auto server = web::FastCgiServer::create(options_for(dir.file("portal.sock")), echo);
    BOOST_REQUIRE(server.ok());
    for (int signal_number : { SIGTERM, SIGUSR1 }) {
        struct sigaction current { };
        ::sigaction(signal_number, nullptr, &current);
        BOOST_TEST((current.sa_handler == SIG_DFL), "signal " << signal_number);
    }
}

BOOST_AUTO_TEST_CASE(the_socket_gets_its_mode_and_is_removed_at_the_end)
{
    TempDir dir;
    std::string socket = dir.file("portal.sock");
    auto options = options_for(socket);
    options.socket_mode = 0600;
    {
        auto server = web::FastCgiServer::create(options, echo);
        BOOST_REQUIRE(server.ok());
        struct stat status { };
        BOOST_REQUIRE(::stat(socket.c_str(), &status) == 0);
        BOOST_TEST(S_ISSOCK(status.st_mode));
        BOOST_TEST((status.st_mode & 0777) == 0600u);
    }
    BOOST_TEST(!fs::exists(socket));
}

BOOST_AUTO_TEST_CASE(a_stale_socket_is_replaced_but_nothing_else)
{
    TempDir dir;
    std::string socket = dir.file("portal.sock");
    {
        int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        socket.copy(address.sun_path, socket.size());
        BOOST_REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        ::close(fd);
    }
    {
        RunningServer running(options_for(socket));
        BOOST_TEST(send(socket, get("/x")).starts_with("Status: 200"));
        auto second = web::FastCgiServer::create(options_for(socket), echo);
        BOOST_REQUIRE(!second.ok());
        BOOST_TEST(second.error().message().find("already listening") != std::string::npos);
        BOOST_TEST(send(socket, get("/x")).starts_with("Status: 200"));
    }

    std::string file = dir.file("notes.txt");
    std::ofstream(file) << "keep me";
    auto refused = web::FastCgiServer::create(options_for(file), echo);
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST(refused.error().code() == "web.listen");
    BOOST_TEST(fs::file_size(file) == 7u);
}

BOOST_AUTO_TEST_CASE(bad_options_are_errors_not_exits)
{
    TempDir dir;
    for (const std::string& address :
        { std::string(), std::string("portal.example.com:9000"), std::string("127.0.0.1:0"),
            std::string("127.0.0.1:70000"), std::string("127.0.0.1:port"), dir.file("a:1.sock"),
            dir.file(std::string(200, 'x')), dir.file("missing/portal.sock"), std::string("::1:9000") }) {
        auto server = web::FastCgiServer::create(options_for(address), echo);
        BOOST_TEST(!server.ok(), address);
    }
    auto options = options_for(dir.file("portal.sock"));
    options.worker_threads = 0;
    BOOST_TEST(!web::FastCgiServer::create(options, echo).ok());
}

BOOST_AUTO_TEST_CASE(tcp_addresses_listen_and_a_taken_port_is_an_error)
{
    auto options = options_for("127.0.0.1:0");
    // Find a free port by letting the kernel choose one.
    int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    BOOST_REQUIRE(::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    socklen_t size = sizeof address;
    ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &size);
    ::listen(probe, 1);
    options.listen_address = "127.0.0.1:" + std::to_string(ntohs(address.sin_port));
    auto taken = web::FastCgiServer::create(options, echo);
    BOOST_REQUIRE(!taken.ok());
    BOOST_TEST(taken.error().message().find("in use") != std::string::npos);
    ::close(probe);

    auto server = web::FastCgiServer::create(options, echo);
    BOOST_REQUIRE_MESSAGE(server.ok(), (server.ok() ? "" : server.error().message()));
    auto finished = std::async(std::launch::async, [&] { (*server)->run(); });
    std::this_thread::sleep_for(50ms);
    (*server)->stop();
    BOOST_TEST((finished.wait_for(5s) == std::future_status::ready));
}
