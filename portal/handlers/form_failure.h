#pragma once

#include "base/error.h"
#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <optional>
#include <string>

namespace portal {

// How a posted form answers a failed CRM call without losing what the
// customer typed: the status and the catalog key of the message.
struct FormFailure {
    int status;
    const char* message_key;
};

// nullopt when the failure is the page's, not the form's: the CRM no longer
// takes the session's login, or the record is not the customer's (answered
// by crm_failure, so nothing about a foreign record shows). Otherwise 503
// for a CRM that is away, 504 for one too slow, 422 when it refused.
std::optional<FormFailure> form_failure_of(const base::Error& error);

// A one-box form of the case page (comment, closing comment) shown again.
struct RetryForm {
    std::string url; // where the form posts
    const char* title_key;
    const char* label_key;
    std::string typed;
};

// The answer to a case form whose CRM call failed: the form again on a page
// of its own (the case page may not load with the CRM away), the typed text
// in it and what happened above it; or crm_failure's page (see above).
web::HttpResponse form_failure(const Context& context, const Request& request, const Session& session,
    const crm::RecordId& case_id, const base::Error& error, const RetryForm& form);

}
