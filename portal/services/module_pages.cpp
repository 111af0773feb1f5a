#include "portal/services/module_pages.h"

namespace portal {

namespace {

// The one list of modules the portal has pages for; the menu, the home page
// and the search results all link through it. A new page is one line here.
constexpr ModulePage k_pages[] = {
    { "HelpDesk", "/cases", "LBL_MY_CASES", true },
    { "Faq", "/kb", "LBL_KNOWLEDGE_BASE", true },
    { "Documents", "/documents", "LBL_DOCUMENTS", true },
    { "Contacts", "/contacts", "LBL_COLLEAGUES", true },
    { "Accounts", "/organisation", "LBL_ORGANISATION", false },
    // The record modules (record_modules.cpp) go by the CRM's own module name.
    { "Invoice", "/invoices", "", true },
    { "Quotes", "/quotes", "", true },
    { "SalesOrder", "/salesorders", "", true },
    { "PurchaseOrder", "/purchaseorders", "", true },
    { "Products", "/products", "", true },
    { "Services", "/services", "", true },
    { "Assets", "/assets", "", true },
    { "Project", "/projects", "", true },
    { "ServiceContracts", "/servicecontracts", "", true },
};

constexpr ShortcutPage k_shortcuts[] = {
    { "LBL_ADD_DOCUMENT", "/documents#upload", "LBL_SHORTCUT_ADD_DOCUMENT" },
    { "LBL_OPEN_TICKETS", "/cases?state=open", "LBL_SHORTCUT_OPEN_CASES" },
    { "LBL_CREATE_TICKET", "/cases/new", "LBL_NEW_CASE" },
};

}

const ModulePage* module_page(std::string_view module)
{
    for (const auto& page : k_pages) {
        if (page.module == module)
            return &page;
    }
    return nullptr;
}

std::string record_url(std::string_view module, const crm::RecordId& id)
{
    const ModulePage* page = module_page(module);
    if (!page)
        return {};
    std::string url(page->url);
    return page->record_pages ? url + "/" + id.to_string() : url;
}

const ShortcutPage* shortcut_page(std::string_view key)
{
    for (const auto& shortcut : k_shortcuts) {
        if (shortcut.key == key)
            return &shortcut;
    }
    return nullptr;
}

}
