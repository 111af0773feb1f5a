#include "portal/handlers/account_handlers.h"

#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/public_forms.h"
#include "portal/services/account_service.h"
#include "portal/services/browser_name.h"
#include "portal/views/text.h"

namespace portal {

namespace {

std::string browser_text(const Request& request, const std::string& user_agent)
{
    BrowserName name = describe_browser(user_agent);
    if (name.browser.empty())
        return request.words().text("LBL_UNKNOWN_BROWSER");
    if (name.system.empty())
        return name.browser;
    return request.words().format("LBL_BROWSER_ON_SYSTEM", { { "browser", name.browser }, { "system", name.system } });
}

std::string refusal_text(const Request& request, const crm::AccountStatus& status)
{
    const Catalog& catalog = request.words();
    using State = crm::AccountStatus::State;
    if (status.state == State::expired)
        return catalog.format("LBL_SUPPORT_ENDED", { { "date", format_date(catalog, status.support_end_date) } });
    if (status.state == State::not_started)
        return catalog.format(
            "LBL_SUPPORT_NOT_STARTED", { { "date", format_date(catalog, status.support_start_date) } });
    return catalog.text("LBL_PORTAL_ACCESS_OFF");
}

void add_company_contact(const Request& request, const crm::Record& company, ViewData& data)
{
    std::string name = company.value_of("organizationname");
    if (name.empty())
        return;
    auto& contact = data.add_row("COMPANY_CONTACT");
    contact.set("COMPANY_NAME_TEXT", decode_html_entities(name));
    std::vector<std::string> address;
    for (const char* field : { "address", "code", "city", "state", "country" }) {
        if (std::string part = company.value_of(field); !part.empty())
            address.push_back(decode_html_entities(part));
    }
    auto add = [&](std::string_view label_key, std::string value) {
        if (value.empty())
            return;
        auto& row = contact.add_row("CONTACT_LINE");
        row.set("CONTACT_LABEL", request.words().text(label_key));
        row.set("CONTACT_VALUE", std::move(value));
    };
    add("LBL_COMPANY_ADDRESS", base::join(address, ", "));
    add("LBL_COMPANY_PHONE", decode_html_entities(company.value_of("phone")));
    add("LBL_COMPANY_WEBSITE", decode_html_entities(company.value_of("website")));
}

}

web::HttpResponse login_refused_page(const Context& context, const Request& request, const crm::AccountStatus& status)
{
    ViewData data;
    add_company_contact(request, status.company, data);
    return notice_page(context, request, 403, "LBL_NO_ACCESS_TITLE",
        { refusal_text(request, status), request.words().text("LBL_CONTACT_US") },
        { { "/login", "LBL_BACK_TO_SIGN_IN" } }, std::move(data));
}

web::HttpResponse show_login_history(const Context& context, Request& request)
{
    if (!sign_in_history_offered(context))
        return not_found(context, request);
    std::string language = request.language;
    auto history = sign_in_history(context, *request.session, language);
    if (!history.ok())
        return crm_failure(context, request, history.error());
    const Catalog& catalog = request.renderer->catalog(language);
    ViewData data;
    ViewData& table = history->empty() ? data : data.add_row("SIGN_IN_TABLE");
    for (const auto& sign_in : *history) {
        auto& row = table.add_row("SIGN_IN");
        row.set("SIGN_IN_TIME", format_date(catalog, sign_in.time));
        row.set("SIGN_IN_BROWSER", browser_text(request, sign_in.browser));
        row.set("SIGN_IN_ADDRESS", sign_in.address.empty() ? "–" : sign_in.address);
    }
    if (history->empty())
        data.show("NO_SIGN_INS");
    return page(context, request, 200, "login_history", "LBL_SIGN_IN_HISTORY", std::move(data));
}

}
