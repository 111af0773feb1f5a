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
};

constexpr ShortcutPage k_shortcuts[] = {
    { "LBL_ADD_DOCUMENT", "/documents#upload", "LBL_SHORTCUT_ADD_DOCUMENT" },
    { "LBL_OPEN_TICKETS", "/cases?status=Open", "LBL_SHORTCUT_OPEN_CASES" },
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
