#pragma once

#include "crm-connector/crm_records.h"

#include <string>
#include <string_view>

namespace portal {

// The portal's page for one CRM module: its list (or single page) URL, the
// catalog word of its menu entry, and whether records have pages of their
// own at url/<id>. An empty word: the menu shows the CRM's name of the module.
struct ModulePage {
    std::string_view module;
    std::string_view url;
    std::string_view word;
    bool record_pages;
};

// The page of a module, or nullptr when the portal has none (yet): such a
// module is listed as text, never linked.
const ModulePage* module_page(std::string_view module);

// Where a record of the module is shown; empty when nowhere.
std::string record_url(std::string_view module, const crm::RecordId& id);

// A home-page shortcut the CRM defines (FetchShortcuts: LBL_ADD_DOCUMENT …):
// the portal's URL for it and the catalog word of its button.
struct ShortcutPage {
    std::string_view key;
    std::string_view url;
    std::string_view word;
};

// nullptr for a shortcut the portal has no page for.
const ShortcutPage* shortcut_page(std::string_view key);

}
