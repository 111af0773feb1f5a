#pragma once

#include "base/error.h"
#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <functional>
#include <memory>
#include <string>

namespace portal {

inline constexpr const char* k_session_cookie = "portal_session";
inline constexpr const char* k_language_cookie = "portal_language";

// The session the browser's cookie names, or nullptr. Pages get theirs from
// Request::session; this is for the route wrapper and the sign-in page.
std::shared_ptr<Session> find_session(const Context& context, const Request& request);

// The language of a request: the customer's choice (cookie), else the
// browser's Accept-Language, else $language.
std::string request_language(const Renderer& renderer, const Request& request);

// GET /language?set=de_de&next=/cases: keeps the customer's choice in a cookie.
web::HttpResponse choose_language(const Context& context, Request& request);

// A themed page: `page` is the template name, `title_key` a catalog key.
// The menu and the account links show when the request has a session.
web::HttpResponse page(const Context& context, const Request& request, int status, std::string_view page_name,
    std::string_view title_key, ViewData data);

// A themed error page with a title and an explanation from the catalog.
web::HttpResponse error_page(const Context& context, const Request& request, int status, std::string_view title_key,
    std::string_view message_key);

web::HttpResponse not_found(const Context& context, const Request& request);

// What the customer sees when the CRM call behind a page failed: 503 when the
// CRM cannot be reached, 504 when it is too slow, login again when the CRM no
// longer accepts the credentials, 404 for a record that is not theirs, 502
// when it answered badly (crm::is_unreachable, crm::is_refusal).
web::HttpResponse crm_failure(const Context& context, const Request& request, const base::Error& error);

// True when a POST from a logged-in customer carries the session's CSRF token
// (form field csrf_token). Every POST handler checks it before anything else.
bool has_valid_csrf_token(const Session& session, const Request& request);

// The answer to a POST whose CSRF token is missing or wrong (also after a
// body too large to read): 400 with "the form had expired", and a log line.
web::HttpResponse csrf_refusal(const Context& context, const Request& request);

// The session cookie: HttpOnly, SameSite=Lax, Secure when the request came
// over HTTPS (nginx's HTTPS parameter; see Help.txt on proxies in front).
void set_session_cookie(web::HttpResponse& response, const Request& request, const Session& session);

// To the sign-in page, which returns to `next` once signed in (a page asked
// for by GET returns to itself); `ended` says the session had ended.
web::HttpResponse redirect_to_login(const Request& request, std::string_view next, bool ended);
web::HttpResponse redirect_to_login(const Request& request);
// The page to open after signing in: asked, when it is a path of this
// portal (never another site, never the sign-in page itself); else home.
std::string page_after_login(std::string_view asked);

// Headers every answer carries: no framing, no sniffing, scripts only from us.
void add_security_headers(web::HttpResponse& response);

}
