#include "reference-crm/api/portal_settings.h"

#include "base/log.h"
#include "reference-crm/json.h"

#include <algorithm>

namespace refcrm::api {

namespace {

std::vector<PortalField> parse_fieldinfo(const ModuleDef& module, const std::string& text)
{
    std::vector<PortalField> fields;
    auto parsed = json::parse(text);
    if (!parsed.ok() || !parsed->is_object()) {
        base::log::warning("settings", "fieldinfo of " + std::string(module.name) + " is not a JSON object");
        return fields;
    }
    for (const auto& [name, flag] : parsed->members()) {
        const FieldDef* field = module.field(name);
        if (!field)
            continue;
        bool editable = flag.text() == "1" || flag.as_bool();
        fields.push_back({ field, editable });
    }
    return fields;
}

PortalModule module_from_row(const storage::Row& row)
{
    PortalModule module;
    module.def = find_module(row.text(0));
    module.visible = row.text(1) == "1";
    module.sequence = static_cast<int>(row.integer(2).value_or(0));
    module.create = row.text(3) == "1";
    module.edit = row.text(4) == "1";
    module.has_field_settings = row.at(5).has_value();
    module.records_visible_all = row.integer(6).value_or(0) != 0;
    if (module.def && module.has_field_settings)
        module.fields = parse_fieldinfo(*module.def, row.text(5));
    return module;
}

base::Result<void> load_default_assignee(storage::Connection& db, PortalSettings& settings)
{
    storage::Rows rows = TRY(db.query("SELECT u.id, CONCAT_WS(' ', NULLIF(u.first_name, ''), u.last_name) "
                                      "FROM customerportal_settings s JOIN users u ON u.id = s.default_assignee "
                                      "WHERE s.id = 1"));
    if (!rows.empty()) {
        settings.default_assignee = rows.front().integer(0);
        settings.default_assignee_name = rows.front().text(1);
    }
    return {};
}

}

const PortalField* PortalModule::visible_field(std::string_view name) const
{
    for (const auto& field : fields) {
        if (field.field->name == name)
            return &field;
    }
    return nullptr;
}

base::Result<PortalSettings> PortalSettings::load(storage::Connection& db)
{
    storage::Rows rows = TRY(db.query("SELECT t.module, t.visible, t.sequence, t.createrecord, t.editrecord, "
                                      "f.fieldinfo, f.records_visible FROM customerportal_tabs t "
                                      "LEFT JOIN customerportal_fields f ON f.module = t.module ORDER BY t.sequence"));
    PortalSettings settings;
    for (const auto& row : rows) {
        PortalModule module = module_from_row(row);
        if (module.def)
            settings.m_modules.push_back(std::move(module));
    }
    TRY(load_default_assignee(db, settings));
    return settings;
}

const PortalModule* PortalSettings::enabled_module(std::string_view name) const
{
    for (const auto& module : m_modules) {
        if (module.def->name != name)
            continue;
        bool always = name == "Contacts" || name == "Accounts";
        return (always || (module.visible && module.has_field_settings)) ? &module : nullptr;
    }
    return nullptr;
}

std::vector<const PortalModule*> PortalSettings::listed_modules() const
{
    std::vector<const PortalModule*> listed;
    for (const auto& module : m_modules) {
        if (module.visible && module.has_field_settings)
            listed.push_back(&module);
    }
    return listed;
}

}
