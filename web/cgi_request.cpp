#include "web/cgi_request.h"

#include "base/log.h"
#include "base/strings.h"
#include "web/cgicc_forms.h"
#include "web/url_path.h"

#include <algorithm>

namespace web {

namespace {

using Environment = std::map<std::string, std::string>;

const std::string& env_value(const Environment& env, const std::string& name)
{
    static const std::string k_empty;
    auto it = env.find(name);
    return it == env.end() ? k_empty : it->second;
}

std::string query_string_of(const Environment& env)
{
    if (env.contains("QUERY_STRING"))
        return env_value(env, "QUERY_STRING");
    const std::string& uri = env_value(env, "REQUEST_URI");
    std::size_t question = uri.find('?');
    return question == std::string::npos ? "" : uri.substr(question + 1);
}

std::string path_of(const Environment& env)
{
    std::string path = env_value(env, "DOCUMENT_URI");
    if (path.empty()) {
        const std::string& uri = env_value(env, "REQUEST_URI");
        path = base::percent_decode(std::string_view(uri).substr(0, uri.find('?')));
    }
    return path.empty() ? "/" : path;
}

// HTTP_USER_AGENT → "user-agent".
std::string header_name(std::string_view param)
{
    std::string name = base::to_lower(param);
    std::replace(name.begin(), name.end(), '_', '-');
    return name;
}

std::map<std::string, std::string> headers_of(const Environment& env)
{
    std::map<std::string, std::string> headers;
    for (const auto& [name, value] : env) {
        if (name.starts_with("HTTP_") && name.size() > 5)
            headers[header_name(std::string_view(name).substr(5))] = value;
    }
    for (const char* name : { "CONTENT_TYPE", "CONTENT_LENGTH" }) {
        if (!env_value(env, name).empty())
            headers[header_name(name)] = env_value(env, name);
    }
    return headers;
}

void parse_body(HttpRequest& request, const std::string& content_type)
{
    auto form = parse_form_body(content_type, request.body);
    if (!form.ok()) {
        base::log::warning("web", form.error().message() + " (" + request.method + " " + request.path + ")");
        return;
    }
    request.form = std::move(form->fields);
    request.files = std::move(form->files);
}

}

HttpRequest parse_cgi_request(const std::map<std::string, std::string>& cgi_env, std::string body, bool body_too_large)
{
    HttpRequest request;
    request.method = env_value(cgi_env, "REQUEST_METHOD");
    request.path = path_of(cgi_env);
    request.query_string = query_string_of(cgi_env);
    request.remote_address = env_value(cgi_env, "REMOTE_ADDR");
    request.https = base::to_lower(env_value(cgi_env, "HTTPS")) == "on";
    request.headers = headers_of(cgi_env);
    request.query = parse_urlencoded(request.query_string);
    request.cookies = parse_cookie_header(env_value(cgi_env, "HTTP_COOKIE"));
    request.body_too_large = body_too_large;
    if (!body_too_large) {
        request.body = std::move(body);
        parse_body(request, env_value(cgi_env, "CONTENT_TYPE"));
    }
    return request;
}

}
