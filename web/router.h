#pragma once

#include "web/http_request.h"
#include "web/http_response.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace web {

using Handler = std::function<HttpResponse(HttpRequest&)>;

// Patterns are literal segments and "{name}" segments: "/cases/{id}".
// A "{name}" matches one non-empty segment; matched values land in
// HttpRequest::path_params.
class Router {
public:
    void add(std::string method, std::string pattern, Handler handler);

    struct Route {
        std::string method;
        std::string pattern;
        Handler handler;
    };

    enum class MatchKind { found, wrong_method, not_found };
    struct Match {
        MatchKind kind = MatchKind::not_found;
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
    };
    Match match(std::string_view method, std::string_view path) const;

    // Dispatches: 404/405 come from the fallback handlers when set.
    HttpResponse dispatch(HttpRequest& request) const;
    void set_not_found(Handler handler) { m_not_found = std::move(handler); }
    void set_method_not_allowed(Handler handler) { m_method_not_allowed = std::move(handler); }

    const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
    Handler m_not_found;
    Handler m_method_not_allowed;
};

}
