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
    module.include_subsidiaries = row.integer(7).value_or(0) != 0;
    if (module.def && module.has_field_settings)
        module.fields = parse_fieldinfo(*module.def, row.text(5));
    return module;
}

base::Result<void> load_portal_texts(storage::Connection& db, PortalSettings& settings)
{
    storage::Rows rows = TRY(db.query("SELECT announcement, COALESCE(shortcuts, ''), COALESCE(widgets, ''), url "
                                      "FROM customerportal_settings WHERE id = 1"));
    if (rows.empty())
        return {};
    settings.announcement = rows.front().at(0);
    settings.shortcuts_json = rows.front().text(1);
    settings.widgets_json = rows.front().text(2);
    settings.portal_url = rows.front().text(3);
    return {};
}

std::vector<std::string> parse_related_modules(const std::string& text)
{
    std::vector<std::string> names;
    auto parsed = json::parse(text);
    if (!parsed.ok() || !parsed->is_array())
        return names;
    for (const auto& entry : parsed->items()) {
        const json::Value* name = entry.find("name");
        const json::Value* value = entry.find("value");
        if (name && value && (value->text() == "1" || value->as_bool()))
            names.push_back(name->text());
    }
    return names;
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
    storage::Rows rows
        = TRY(db.query("SELECT t.module, t.visible, t.sequence, t.createrecord, t.editrecord, "
                       "f.fieldinfo, f.records_visible, f.include_subsidiaries FROM customerportal_tabs t "
                       "LEFT JOIN customerportal_fields f ON f.module = t.module ORDER BY t.sequence"));
    PortalSettings settings;
    for (const auto& row : rows) {
        PortalModule module = module_from_row(row);
        if (module.def)
            settings.m_modules.push_back(std::move(module));
    }
    TRY(load_default_assignee(db, settings));
    TRY(load_portal_texts(db, settings));
    TRY(load_related_modules(db, settings));
    return settings;
}

base::Result<void> load_related_modules(storage::Connection& db, PortalSettings& settings)
{
    storage::Rows rows = TRY(db.query("SELECT module, relatedmodules FROM customerportal_relatedmoduleinfo"));
    for (const auto& row : rows)
        settings.m_related_modules.emplace_back(row.text(0), parse_related_modules(row.text(1)));
    return {};
}

std::optional<std::vector<std::string>> PortalSettings::related_modules(std::string_view module) const
{
    for (const auto& [name, related] : m_related_modules) {
        if (name == module)
            return related;
    }
    return std::nullopt;
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
