#include "portal/handlers/form_failure.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/case_detail_view.h"
#include "portal/handlers/pages.h"
#include "portal/services/case_actions_service.h"

namespace portal {

std::optional<FormFailure> form_failure_of(const base::Error& error)
{
    namespace codes = crm::error_codes;
    if (error.is(codes::k_wrong_credentials) || error.is(codes::k_access_denied) || error.is(codes::k_record_not_found))
        return std::nullopt;
    if (error.is(codes::k_timeout))
        return FormFailure { 504, "ERR_CASE_CRM_SLOW" };
    if (crm::is_unreachable(error))
        return FormFailure { 503, "ERR_CASE_CRM_DOWN" };
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
