#pragma once

#include "reference-crm/api/behaviour.h"
#include "reference-crm/api/module_catalog.h"
#include "reference-crm/api/scope.h"
#include "reference-crm/storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace refcrm::api {

struct PortalField {
    const FieldDef* field = nullptr;
    bool editable = false;
};

// One module's row of customerportal_tabs joined with customerportal_fields.
struct PortalModule {
    const ModuleDef* def = nullptr;
    bool visible = false;
    int sequence = 0;
    bool create = false;
    bool edit = false;
    bool has_field_settings = false;
    bool records_visible_all = false;
    bool include_subsidiaries = false;
    // Visible fields in display order (fieldinfo), unknown names dropped.
    std::vector<PortalField> fields;

    ScopeMode configured_mode() const
    {
        if (!records_visible_all)
            return ScopeMode::mine;
        return include_subsidiaries ? ScopeMode::subsidiaries : ScopeMode::all;
    }
    const PortalField* visible_field(std::string_view name) const;
};

// The portal settings tables as read at the start of a request (A.3).
class PortalSettings {
public:
    static base::Result<PortalSettings> load(storage::Connection& db);

    // Modules the API serves: visible, with field settings, known to the
    // catalogue. Contacts and Accounts always pass (as in Vtiger).
    const PortalModule* enabled_module(std::string_view name) const;
    // The modules FetchModules lists, by sequence.
    std::vector<const PortalModule*> listed_modules() const;

    std::optional<std::int64_t> default_assignee;
    std::string default_assignee_name;
    std::optional<std::string> announcement;
    std::string shortcuts_json;
    std::string widgets_json;
    std::string portal_url;
    // Not a setting of the database: how this process answers (serve --behave-as).
    Behaviour behaviour = Behaviour::reference;
    bool stock_vtiger() const { return behaviour == Behaviour::stock_vtiger; }

    // Detail-page tabs of a module (customerportal_relatedmoduleinfo), or
    // nullopt when the module has no row.
    std::optional<std::vector<std::string>> related_modules(std::string_view module) const;

private:
    std::vector<PortalModule> m_modules;
    std::vector<std::pair<std::string, std::vector<std::string>>> m_related_modules;

    friend base::Result<void> load_related_modules(storage::Connection& db, PortalSettings& settings);
};

}
