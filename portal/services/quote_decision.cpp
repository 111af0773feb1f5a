#include "portal/services/quote_decision.h"

#include "portal/services/auth_service.h"

#include <algorithm>

namespace portal {

namespace {

constexpr const char* k_stage_field = "quotestage";
constexpr const char* k_accepted = "Accepted";
constexpr const char* k_rejected = "Rejected";

bool has_stage(const crm::ModuleDescription& description, std::string_view stage)
{
    const auto* field = description.field(k_stage_field);
    return field
        && std::any_of(field->picklist_values.begin(), field->picklist_values.end(),
            [&](const crm::PicklistValue& choice) { return choice.value == stage; });
}

}

bool can_decide_quote(const Session& session, const RecordDetail& quote)
{
    const auto* info = session.modules().find(k_quotes_module);
    std::string stage = quote.record.value_of(k_stage_field);
    return info && info->can_edit && quote.description.name == k_quotes_module
        && has_stage(quote.description, k_accepted) && has_stage(quote.description, k_rejected)
        && quote.record.field(k_stage_field) && stage != k_accepted && stage != k_rejected;
}

base::Result<void> decide_quote(const Context& context, const Session& session, const std::string& language,
    const RecordModule& quotes, const crm::RecordId& id, QuoteDecision decision, const std::string& reason)
{
    std::string stage = decision == QuoteDecision::accept ? k_accepted : k_rejected;
    RecordDetail quote = TRY(record_detail(context, session, language, quotes, id, false));
    if (quote.record.value_of(k_stage_field) == stage)
        return {};
    if (!can_decide_quote(session, quote))
        return base::Error(k_edit_not_allowed, "the CRM does not let this customer decide quote " + id.to_string());
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::SaveRequest request;
    request.module = k_quotes_module;
    request.record = id;
    request.values.emplace_back(k_stage_field, stage);
    TRY(context.crm.save_record(credentials, request));
    if (decision != QuoteDecision::decline || reason.empty())
        return {};
    auto commented = comment_on_record(context, session, language, quotes, id, reason);
    if (!commented.ok() && commented.error().is(k_comments_not_allowed))
        return {};
    return commented;
}

}
