#include "portal/handlers/case_handlers.h"

#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/services/case_service.h"
#include "portal/views/text.h"

namespace portal {

namespace {

constexpr int k_max_page = 100000;

std::string field_text(const crm::Record& record, std::string_view name)
{
    const crm::FieldValue* value = record.field(name);
    return value ? decode_html_entities(value->display()) : std::string();
}

// A picklist value in the customer's language: the CRM's translated label.
std::string picklist_text(const crm::ModuleDescription& description, std::string_view field, const std::string& value)
{
    if (const auto* described = description.field(field)) {
        for (const auto& choice : described->picklist_values) {
            if (choice.value == value && !choice.label.empty())
                return decode_html_entities(choice.label);
        }
    }
    return value;
}

void add_case_row(
    ViewData& data, const Catalog& words, const crm::ModuleDescription& description, const crm::Record& record)
{
    auto& row = data.add_row("CASE_ROW");
    row.set("CASE_URL", "/cases/" + record.id.to_string());
    row.set("CASE_NUMBER", field_text(record, "ticket_no"));
    row.set("CASE_TITLE", field_text(record, "ticket_title"));
    row.set("CASE_STATUS", picklist_text(description, "ticketstatus", field_text(record, "ticketstatus")));
    row.set("CASE_PRIORITY", picklist_text(description, "ticketpriorities", field_text(record, "ticketpriorities")));
    row.set("CASE_MODIFIED", format_date(words, field_text(record, "modifiedtime")));
}

void add_pager(ViewData& data, const CaseListPage& list)
{
    if (list.page == 1 && !list.has_next)
        return;
    auto& pager = data.add_row("PAGER");
    if (list.page > 1)
        pager.add_row("PREV_PAGE").set("PREV_URL", "/cases?page=" + std::to_string(list.page - 1));
    if (list.has_next)
        pager.add_row("NEXT_PAGE").set("NEXT_URL", "/cases?page=" + std::to_string(list.page + 1));
    pager.set("PAGE_NUMBER", std::to_string(list.page));
}

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
    auto page_number = base::parse_int(request.query_param("page").value_or("1"));
    if (!page_number || *page_number < 1 || *page_number > k_max_page)
        return not_found(context, request);
    auto list = list_cases(context, *session, language_of(context, request), static_cast<int>(*page_number));
    if (!list.ok())
        return crm_failure(context, request, session.get(), list.error());
    auto renderer = context.views.current();
    const Catalog& words = renderer->catalog(language_of(context, request));
    ViewData data;
    for (const auto& record : list->records.records)
        add_case_row(data, words, list->description, record);
    if (list->records.records.empty())
        data.show("NO_CASES");
    add_pager(data, *list);
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
