#include "web/fastcgi_exchange.h"

#include "base/log.h"
#include "base/strings.h"
#include "web/cgi_request.h"

#include <fcgiapp.h>

#include <algorithm>
#include <array>
#include <climits>
#include <exception>
#include <map>
#include <string>

namespace web {

namespace {

constexpr std::string_view k_log = "web";
constexpr std::size_t k_read_chunk = std::size_t { 64 } * 1024;
using Environment = std::map<std::string, std::string>;

Environment read_params(char** params)
{
    Environment env;
    for (char** param = params; param != nullptr && *param != nullptr; ++param) {
        std::string_view text(*param);
        std::size_t equals = text.find('=');
        if (equals != std::string_view::npos)
            env.emplace(text.substr(0, equals), text.substr(equals + 1));
    }
    return env;
}

struct Body {
    std::string data;
    bool too_large = false;
};

// Reads to the end of the stream whatever CONTENT_LENGTH claims: FastCGI
// marks the end itself, and a body over the limit must still be consumed.
Body read_body(FCGX_Stream* in, const std::string& content_length, std::size_t max_bytes)
{
    Body body;
    auto declared = base::parse_int(content_length);
    if (declared && *declared > 0 && static_cast<std::uint64_t>(*declared) > max_bytes)
        body.too_large = true;
    else if (declared && *declared > 0)
        body.data.reserve(static_cast<std::size_t>(*declared));
    std::array<char, k_read_chunk> buffer;
    while (true) {
        int count = FCGX_GetStr(buffer.data(), static_cast<int>(buffer.size()), in);
        if (count <= 0)
            break;
        if (!body.too_large && body.data.size() + static_cast<std::size_t>(count) > max_bytes) {
            body.too_large = true;
            std::string().swap(body.data);
        }
        if (!body.too_large)
            body.data.append(buffer.data(), static_cast<std::size_t>(count));
    }
    return body;
}

bool write_all(FCGX_Stream* out, std::string_view text)
{
    while (!text.empty()) {
        std::size_t chunk = std::min<std::size_t>(text.size(), INT_MAX / 2);
        if (FCGX_PutStr(text.data(), static_cast<int>(chunk), out) < 0)
            return false;
        text.remove_prefix(chunk);
    }
    return true;
}

HttpResponse internal_error() { return HttpResponse::text(500, "Internal Server Error\n"); }

HttpResponse call_handler(const std::function<HttpResponse(HttpRequest&)>& handler, HttpRequest& request)
{
    std::string what;
    try {
        return handler(request);
    } catch (const std::exception& exception) {
        what = exception.what();
    } catch (...) {
        what = "an exception that is not a std::exception";
    }
    base::log::error(k_log, request.method + " " + request.path + " failed with " + what + "; answered 500");
    return internal_error();
}

}

void serve_fastcgi_request(
    FCGX_Request& request, std::size_t max_body_bytes, const std::function<HttpResponse(HttpRequest&)>& handler)
{
    HttpResponse response = internal_error();
    bool head_only = false;
    try {
        Environment env = read_params(request.envp);
        Body body = read_body(request.in, env["CONTENT_LENGTH"], max_body_bytes);
        if (body.too_large)
            base::log::warning(k_log, "a request body over " + std::to_string(max_body_bytes) + " bytes was dropped");
        HttpRequest http_request = parse_cgi_request(env, std::move(body.data), body.too_large);
        head_only = http_request.method == "HEAD";
        response = call_handler(handler, http_request);
    } catch (const std::exception& exception) {
        base::log::error(k_log, std::string("cannot read a request: ") + exception.what() + "; answered 500");
    }
    try {
        if (!write_all(request.out, cgi_response_head(response))
            || (!head_only && !write_all(request.out, response.body)))
            base::log::info(k_log, "the web server went away before the answer was written");
    } catch (const std::exception& exception) {
        base::log::error(k_log, std::string("cannot write an answer: ") + exception.what());
    }
}

}
