#include "portal/handlers/case_handlers.h"

#include "base/strings.h"
#include "portal/handlers/case_list_view.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_text.h"
#include "portal/services/case_service.h"
#include "portal/views/text.h"

namespace portal {

namespace {

// A reference the CRM did not resolve is shown by a name the session knows
// (the customer, their organisation, the default assignee); other raw ids such
// as "19x5" mean nothing to a customer and are left out.
std::optional<std::string> reference_text(const Session& session, const crm::FieldValue& value)
{
    if (value.label)
        return decode_html_entities(*value.label);
    const auto& modules = session.modules();
    if (value.value == modules.contact.id)
        return modules.contact.label;
    if (modules.account && value.value == modules.account->id)
        return modules.account->label;
    if (value.value == modules.default_assignee.id && !modules.default_assignee.label.empty())
        return modules.default_assignee.label;
    return std::nullopt;
}

void add_fields(ViewData& data, const Catalog& words, const Session& session, const CaseDetail& detail)
{
    for (const auto& field : detail.description.fields) {
        const crm::FieldValue* value = detail.record.field(field.name);
        if (!value || field.name == "ticket_title")
            continue;
        std::optional<std::string> text = decode_html_entities(value->display());
        if (field.type == "reference" || field.type == "owner")
            text = value->value.empty() ? std::optional<std::string>("") : reference_text(session, *value);
        else if (field.type == "datetime" || field.type == "date")
            text = format_date(words, *text);
        else if (field.type == "picklist")
            text = picklist_text(detail.description, field.name, *text);
        bool long_text = field.type == "text";
        // An empty solution or description box says nothing; an empty short field shows a dash.
        if (!text || (long_text && text->empty()))
            continue;
        auto& row = data.add_row(long_text ? "LONG_FIELD" : "FIELD");
        row.set("FIELD_LABEL", field.label.empty() ? field.name : field.label);
        row.set("FIELD_VALUE", text->empty() ? "\u2014" : *text);
    }
}

}

web::HttpResponse show_cases(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    std::string language = language_of(context, request);
    auto list = list_cases(context, *session, language, parse_case_list_query(request));
    if (!list.ok())
        return crm_failure(context, request, session.get(), list.error());
    auto renderer = context.views.current();
    ViewData data = case_list_view(renderer->catalog(language), *list);
    return page(context, request, session.get(), 200, "cases", "LBL_MY_CASES", std::move(data));
}

web::HttpResponse show_case(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    auto id = crm::RecordId::parse(request.path_param("id"));
    if (!id || id->is_new())
        return not_found(context, request);
    auto detail = case_detail(context, *session, language_of(context, request), *id);
    if (!detail.ok())
        return crm_failure(context, request, session.get(), detail.error());
    ViewData data;
    data.set("CASE_TITLE", field_text(detail->record, "ticket_title"));
    data.set("PAGE_TITLE", data.values["CASE_TITLE"]);
    data.set("CASE_NUMBER", field_text(detail->record, "ticket_no"));
    auto renderer = context.views.current();
    add_fields(data, renderer->catalog(language_of(context, request)), *session, *detail);
    return page(context, request, session.get(), 200, "case", "LBL_CASE", std::move(data));
}

}
