#include "web/http_request.h"

#include "base/strings.h"

namespace web {

namespace {

std::optional<std::string> first_value(const std::multimap<std::string, std::string>& values, std::string_view name)
{
    // Equal keys keep their insertion order, so lower_bound is the first one sent.
    auto it = values.lower_bound(std::string(name));
    if (it == values.end() || it->first != name)
        return std::nullopt;
    return it->second;
}

std::optional<std::string> value_of(const std::map<std::string, std::string>& values, const std::string& name)
{
    auto it = values.find(name);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

}

std::optional<std::string> HttpRequest::header(std::string_view name) const
{
    return value_of(headers, base::to_lower(name));
}

std::optional<std::string> HttpRequest::query_param(std::string_view name) const { return first_value(query, name); }

std::optional<std::string> HttpRequest::form_param(std::string_view name) const { return first_value(form, name); }

std::optional<std::string> HttpRequest::cookie(std::string_view name) const
{
    return value_of(cookies, std::string(name));
}

std::string HttpRequest::path_param(std::string_view name) const
{
    return value_of(path_params, std::string(name)).value_or("");
}

}
