#pragma once

#include "web/http_request.h"
#include "web/http_response.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace web {

using Handler = std::function<HttpResponse(HttpRequest&)>;

// Patterns are literal segments and "{name}" segments: "/cases/{id}".
// A "{name}" matches one non-empty segment; matched values land in
// HttpRequest::path_params. A trailing slash is ignored, HEAD is served by
// the GET route unless a HEAD route exists, and where a path matches
// several patterns a literal segment beats a "{name}" ("/cases/new" wins
// over "/cases/{id}"), then the first added wins.
class Router {
public:
    void add(std::string method, std::string pattern, Handler handler);

    struct Route {
        std::string method;
        std::string pattern;
        Handler handler;
        // The pattern split at '/', filled by add().
        std::vector<std::string> segments;
    };

    enum class MatchKind { found, wrong_method, not_found };
    struct Match {
        MatchKind kind = MatchKind::not_found;
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        // For wrong_method: what the path does accept, sorted ("GET, HEAD, POST").
        std::vector<std::string> allowed_methods;
    };
    // `path` is taken as sent on the wire: each segment is percent-decoded
    // before it is compared or captured.
    Match match(std::string_view method, std::string_view path) const;

    // Matches request.path, which parse_cgi_request has already decoded (so it
    // is not decoded twice), and calls the handler. 404/405 come from the
    // fallback handlers when set, plain text otherwise; a 405 always carries
    // an Allow header.
    HttpResponse dispatch(HttpRequest& request) const;
    void set_not_found(Handler handler) { m_not_found = std::move(handler); }
    void set_method_not_allowed(Handler handler) { m_method_not_allowed = std::move(handler); }

    const std::vector<Route>& routes() const { return m_routes; }

private:
    Match match_segments(std::string_view method, const std::vector<std::string>& segments) const;
    const Route* find_route(std::string_view method, const std::vector<std::string>& segments,
        std::map<std::string, std::string>& params) const;

    std::vector<Route> m_routes;
    Handler m_not_found;
    Handler m_method_not_allowed;
};

}
