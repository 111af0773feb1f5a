#include "portal/handlers/contact_handlers.h"
#include "portal/pages/pager.h"

#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_page.h"
#include "portal/pages/record_text.h"
#include "portal/pages/related_view.h"
#include "portal/services/contact_service.h"
#include "portal/services/module_pages.h"
#include "portal/services/profile_service.h"
#include "portal/views/text.h"

namespace portal {

namespace {

constexpr int k_max_page = 100000;
constexpr const char* k_columns[] = { "title", "email", "phone" };

std::string contact_name(const crm::Record& record)
{
    std::string name = field_text(record, "firstname");
    std::string last = field_text(record, "lastname");
    if (!name.empty() && !last.empty())
        name += ' ';
    name += last;
    return name.empty() ? field_text(record, "label") : name;
}

void add_contact_rows(ViewData& table, const Catalog& words, const Session& session, const ColleagueList& list)
{
    add_columns(table, list.description, k_columns);
    for (const auto& record : list.contacts) {
        auto& row = table.add_row("CONTACT_ROW");
        row.set("CONTACT_URL", record_url(k_contacts_module, record.id));
        bool own = record.id.to_string() == session.modules().contact.id;
        // A CRM that shares only the last name of contacts (a stock Vtiger's
        // portal fields) still named the customer in full at sign-in.
        bool first_name_shared = list.description.field("firstname") != nullptr;
        row.set("CONTACT_NAME", own && !first_name_shared ? session.modules().contact.label : contact_name(record));
        if (own)
            row.show("YOU");
        add_cells(row, words, session, list.description, record, k_columns);
    }
}

}

web::HttpResponse show_contacts(const Context& context, Request& request)
{
    auto number = base::parse_int(request.query_param("page").value_or("1"));
    int page_number = number && *number >= 1 && *number <= k_max_page ? static_cast<int>(*number) : 1;
    std::string language = request.language;
    auto list = list_colleagues(context, *request.session, language, page_number);
    if (!list.ok())
        return crm_failure(context, request, list.error());
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    const auto& account = request.session->modules().account;
    data.set("COLLEAGUES_INTRO",
        account ? words.format("LBL_COLLEAGUES_OF", { { "organisation", account->label } })
                : words.text("LBL_NO_ORGANISATION"));
    std::int64_t count = list->total.value_or(static_cast<std::int64_t>(list->contacts.size()));
    data.set("CONTACT_COUNT",
        words.format(
            count == 1 ? "LBL_CONTACT_COUNT_ONE" : "LBL_CONTACT_COUNT", { { "count", std::to_string(count) } }));
    if (!list->contacts.empty())
        add_contact_rows(data.add_row("CONTACT_TABLE"), words, *request.session, *list);
    add_pager(data, list->page, list->has_next, [](int page) { return "/contacts?page=" + std::to_string(page); });
    return page(context, request, 200, "contacts", "LBL_COLLEAGUES", std::move(data));
}

web::HttpResponse show_contact(const Context& context, Request& request)
{
    bool own = request.id.to_string() == request.session->modules().contact.id;
    return record_page(context, request, k_contacts_module, "LBL_COLLEAGUES",
        [&](ViewData& data, const Catalog& words, const RecordWithRelated& detail) {
            data.set("RECORD_TITLE", contact_name(detail.record));
            auto& back = data.add_row("BACK");
            back.set("BACK_URL", "/contacts");
            back.set("BACK_LABEL", words.text("LBL_BACK_TO_COLLEAGUES"));
            if (own)
                data.add_row("EDIT_LINK").set("EDIT_URL", "/profile");
            add_shown_fields(
                data, words, *request.session, detail.description, detail.record, { "firstname", "lastname" });
        });
}

}
