#include "portal/handlers/public_forms.h"

#include "base/log.h"
#include "portal/handlers/pages.h"

namespace portal {

namespace {

constexpr const char* k_form_cookie = "portal_form_csrf";

}

web::HttpResponse public_form_page(const Context& context, const Request& request, int status,
    std::string_view page_name, std::string_view title_key, ViewData data)
{
    std::string token = random_token();
    data.set("FORM_CSRF_TOKEN", token);
    auto response = page(context, request, status, page_name, title_key, std::move(data));
    web::CookieOptions options;
    options.secure = request.https;
    options.same_site = "Strict";
    response.set_cookie(k_form_cookie, token, options);
    return response;
}

bool has_valid_public_form_token(const web::HttpRequest& request)
{
    auto cookie = request.cookie(k_form_cookie).value_or("");
    bool valid = !request.body_too_large && !cookie.empty()
        && equal_in_constant_time(cookie, request.form_param("csrf_token").value_or(""));
    if (!valid)
        base::log::warning(
            "web", "POST " + request.path + " without a valid form token from " + request.remote_address);
    return valid;
}

void add_message(ViewData& data, std::string text, std::string_view kind)
{
    auto& message = data.add_row("MESSAGE");
    message.set("MESSAGE_TEXT", std::move(text));
    message.set("MESSAGE_KIND", std::string(kind));
}

web::HttpResponse notice_page(const Context& context, const Request& request, int status, std::string_view title_key,
    const std::vector<std::string>& paragraphs, const std::vector<NoticeLink>& links, ViewData data)
{
    for (const auto& paragraph : paragraphs)
        data.add_row("NOTICE_PARAGRAPH").set("NOTICE_TEXT", paragraph);
    for (const auto& link : links) {
        auto& row = data.add_row("NOTICE_LINK");
        row.set("LINK_URL", link.url);
        row.set("LINK_LABEL", request.words().text(link.label_key));
    }
    return page(context, request, status, "notice", title_key, std::move(data));
}

bool plausible_email(std::string_view email)
{
    std::size_t at = email.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < email.size() && email.size() <= 254
        && email.find('@', at + 1) == std::string_view::npos
        && email.find_first_of(" \t\r\n<>,;\"") == std::string_view::npos;
}

}
