#include "web/router.h"

#include "base/strings.h"
#include "web/url_path.h"

#include <algorithm>
#include <set>

namespace web {

namespace {

bool is_param(std::string_view segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool matches(
    const Router::Route& route, const std::vector<std::string>& segments, std::map<std::string, std::string>& params)
{
    if (route.segments.size() != segments.size())
        return false;
    std::map<std::string, std::string> captured;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string& pattern = route.segments[i];
        if (!is_param(pattern)) {
            if (pattern != segments[i])
                return false;
        } else if (segments[i].empty()) {
            return false;
        } else {
            captured[pattern.substr(1, pattern.size() - 2)] = segments[i];
        }
    }
    params = std::move(captured);
    return true;
}

// Literal segments beat "{name}" ones, the earlier segments first.
std::vector<bool> specificity(const Router::Route& route)
{
    std::vector<bool> literal;
    for (const std::string& segment : route.segments)
        literal.push_back(!is_param(segment));
    return literal;
}

std::vector<std::string> to_strings(const std::vector<std::string_view>& parts)
{
    return { parts.begin(), parts.end() };
}

}

void Router::add(std::string method, std::string pattern, Handler handler)
{
    std::vector<std::string> segments = to_strings(split_path(pattern));
    m_routes.push_back({ std::move(method), std::move(pattern), std::move(handler), std::move(segments) });
}

const Router::Route* Router::find_route(
    std::string_view method, const std::vector<std::string>& segments, std::map<std::string, std::string>& params) const
{
    const Route* best = nullptr;
    std::vector<bool> best_specificity;
    for (const Route& route : m_routes) {
        std::map<std::string, std::string> route_params;
        if (route.method != method || !matches(route, segments, route_params))
            continue;
        std::vector<bool> route_specificity = specificity(route);
        if (best == nullptr || route_specificity > best_specificity) {
            best = &route;
            best_specificity = std::move(route_specificity);
            params = std::move(route_params);
        }
    }
    return best;
}

Router::Match Router::match_segments(std::string_view method, const std::vector<std::string>& segments) const
{
    Match match;
    match.route = find_route(method, segments, match.params);
    if (match.route == nullptr && method == "HEAD")
        match.route = find_route("GET", segments, match.params);
    if (match.route != nullptr) {
        match.kind = MatchKind::found;
        return match;
    }
    std::set<std::string> allowed;
    for (const Route& route : m_routes) {
        std::map<std::string, std::string> unused;
        if (matches(route, segments, unused))
            allowed.insert(route.method);
    }
    if (allowed.contains("GET"))
        allowed.insert("HEAD");
    if (!allowed.empty()) {
        match.kind = MatchKind::wrong_method;
        match.allowed_methods.assign(allowed.begin(), allowed.end());
    }
    return match;
}

Router::Match Router::match(std::string_view method, std::string_view path) const
{
    std::vector<std::string> segments;
    for (std::string_view segment : split_path(path))
        segments.push_back(base::percent_decode(segment));
    return match_segments(method, segments);
}

HttpResponse Router::dispatch(HttpRequest& request) const
{
    Match match = match_segments(request.method, to_strings(split_path(request.path)));
    if (match.kind == MatchKind::found) {
        request.path_params = std::move(match.params);
        return match.route->handler(request);
    }
    if (match.kind == MatchKind::not_found)
        return m_not_found ? m_not_found(request) : HttpResponse::text(404, "Not Found\n");
    HttpResponse response
        = m_method_not_allowed ? m_method_not_allowed(request) : HttpResponse::text(405, "Method Not Allowed\n");
    response.set_header("Allow", base::join(match.allowed_methods, ", "));
    return response;
}

}
