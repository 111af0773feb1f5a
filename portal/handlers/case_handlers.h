#pragma once

#include "portal/context.h"
#include "portal/handlers/case_detail_view.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <memory>
#include <optional>

namespace portal {

web::HttpResponse show_cases(const Context& context, web::HttpRequest& request);
web::HttpResponse show_case(const Context& context, web::HttpRequest& request);

// The case page with what the customer typed into its forms kept, e.g. after
// a refused comment (status 400).
web::HttpResponse case_page(const Context& context, const web::HttpRequest& request, const Session& session,
    const crm::RecordId& id, const CaseForms& forms, int status);

// The case id of /cases/{id}/…, nullopt when it is none.
std::optional<crm::RecordId> case_id_of(const web::HttpRequest& request);

// The logged-in customer and the case of a request to /cases/{id}/….
struct CaseRequest {
    std::shared_ptr<Session> session;
    crm::RecordId id;
};

// Fills `into`, or answers instead: the login page without a session, the
// CSRF refusal for a POST without the session's token, 404 for a bad id.
std::optional<web::HttpResponse> refuse_case_request(
    const Context& context, const web::HttpRequest& request, CaseRequest& into);

}
