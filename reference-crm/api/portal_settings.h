#pragma once

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
    // Visible fields in display order (fieldinfo), unknown names dropped.
    std::vector<PortalField> fields;

    ScopeMode configured_mode() const { return records_visible_all ? ScopeMode::all : ScopeMode::mine; }
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

private:
    std::vector<PortalModule> m_modules;
};

}
