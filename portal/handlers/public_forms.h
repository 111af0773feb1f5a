#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "portal/views/view_data.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// Forms for people who are not signed in (forgot password, new password,
// sign-up) have no session for a CSRF token, so the token is also a cookie
// that the form repeats (double submit), as on the login form.
web::HttpResponse public_form_page(const Context& context, const Request& request, int status,
    std::string_view page_name, std::string_view title_key, ViewData data);
bool has_valid_public_form_token(const web::HttpRequest& request);

// A MESSAGE section (MESSAGE_TEXT, MESSAGE_KIND "error" or "info").
void add_message(ViewData& data, std::string text, std::string_view kind = "error");

struct NoticeLink {
    std::string url;
    std::string label_key;
};

// A page that says what happened and what to do next: its title, one or
// more paragraphs (already in the customer's language) and links.
web::HttpResponse notice_page(const Context& context, const Request& request, int status, std::string_view title_key,
    const std::vector<std::string>& paragraphs, const std::vector<NoticeLink>& links, ViewData data = {});

// E-mail addresses as forms take them: trimmed, at most 254 bytes, one '@'
// with text on both sides and no spaces.
bool plausible_email(std::string_view email);

}
