#include "portal/handlers/form_failure.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/pages.h"
#include "portal/pages/case_detail_view.h"
#include "portal/services/case_actions_service.h"

namespace portal {

std::optional<FormFailure> form_failure_of(const base::Error& error)
{
    switch (auto failure = crm::failure_of(error)) {
    case crm::Failure::login_refused:
    case crm::Failure::not_found:
        return std::nullopt;
    case crm::Failure::slow:
        return FormFailure { crm::failure_status(failure), "ERR_CASE_CRM_SLOW" };
    case crm::Failure::unreachable:
        return FormFailure { crm::failure_status(failure), "ERR_CASE_CRM_DOWN" };
    case crm::Failure::refused:
    case crm::Failure::bad_answer:
        break;
    }
    return FormFailure { 422, "ERR_CASE_CRM_REFUSED" };
}

web::HttpResponse form_failure(const Context& context, const Request& request, const Session& session,
    const crm::RecordId& case_id, const base::Error& error, const RetryForm& form)
{
    auto failure = form_failure_of(error);
    if (!failure)
        return crm_failure(context, request, error);
    base::log::warning(
        "crm", request.method + " " + request.path + " failed: " + error.code() + ": " + error.message());
    const Catalog& words = request.words();
    ViewData data;
    data.set("CASE_URL", case_url(case_id));
    data.set("RETRY_URL", form.url);
    data.set("RETRY_TITLE", words.text(form.title_key));
    data.set("RETRY_LABEL", words.text(form.label_key));
    data.set("RETRY_MESSAGE", words.text(failure->message_key));
    data.set("RETRY_TYPED", form.typed);
    data.set("MAX_COMMENT", std::to_string(k_max_comment_bytes));
    data.set("FORM_CSRF_TOKEN", session.csrf_token());
    return page(context, request, failure->status, "case_retry", form.title_key, std::move(data));
}

}
