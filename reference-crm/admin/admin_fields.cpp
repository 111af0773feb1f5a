#include "reference-crm/admin/admin_support.h"

#include "base/strings.h"
#include "reference-crm/api/record_values.h"
#include "reference-crm/json.h"

#include <algorithm>
#include <ostream>

// The fields a module shows, read-only or editable, in display order
// (customerportal_fields.fieldinfo, docs/json-api.md, Portal fields), and the tabs of its
// detail page (customerportal_relatedmoduleinfo, A.3.5).
namespace refcrm::admin {

namespace {

constexpr std::string_view k_fields_usage = "reference-crm admin fields MODULE [show|hide|editable|readonly FIELD…]";
constexpr std::string_view k_related_usage = "reference-crm admin related [MODULE [enable|disable TAB…]]";

// fieldinfo in order: name → editable. Names the catalogue does not know
// are kept as they are.
using FieldList = std::vector<std::pair<std::string, bool>>;

base::Result<FieldList> load_fields(storage::Connection& db, const api::ModuleDef& module)
{
    storage::Rows rows
        = TRY(db.query("SELECT fieldinfo FROM customerportal_fields WHERE module = ?", { std::string(module.name) }));
    FieldList fields;
    auto parsed = json::parse(rows.empty() ? "" : rows.front().text(0));
    if (!parsed.ok() || !parsed->is_object())
        return fields;
    for (const auto& [name, flag] : parsed->members())
        fields.emplace_back(name, flag.text() == "1" || flag.as_bool());
    return fields;
}

base::Result<void> store_fields(storage::Connection& db, const api::ModuleDef& module, const FieldList& fields)
{
    json::Value info = json::Value::object();
    for (const auto& [name, editable] : fields)
        info.set(name, json::Value::integer(editable ? 1 : 0));
    TRY(db.update("UPDATE customerportal_fields SET fieldinfo = ? WHERE module = ?",
        { json::serialize(info), std::string(module.name) }));
    return {};
}

FieldList::iterator find_field(FieldList& fields, std::string_view name)
{
    return std::find_if(fields.begin(), fields.end(), [&](const auto& field) { return field.first == name; });
}

base::Result<const api::FieldDef*> field_named(const api::ModuleDef& module, const std::string& name)
{
    if (const api::FieldDef* field = module.field(name))
        return field;
    std::vector<std::string> known;
    for (const auto& field : module.fields)
        known.emplace_back(field.name);
    return unknown(
        std::string(module.name) + " has no field '" + name + "'; its fields are: " + base::join(known, ", "));
}

void print_fields(const api::ModuleDef& module, const FieldList& fields, std::ostream& out)
{
    out << module.name << " fields shown in the portal, in order:\n";
    Table table({ "FIELD", "LABEL", "ACCESS" });
    for (const auto& [name, editable] : fields) {
        const api::FieldDef* field = module.field(name);
        table.add({ name, field ? std::string(field->label) : "(unknown to the CRM, ignored)",
            editable ? "editable" : "read-only" });
    }
    table.print(out);
    std::vector<std::string> hidden;
    for (const auto& field : module.fields) {
        bool listed
            = std::any_of(fields.begin(), fields.end(), [&](const auto& shown) { return shown.first == field.name; });
        if (!listed)
            hidden.push_back(std::string(field.name) + " (" + std::string(field.label) + ")");
    }
    out << "not shown: " << (hidden.empty() ? "none" : base::join(hidden, ", ")) << "\n";
}

// show: visible (read-only when new); hide; editable / readonly: visible
// with that access.
base::Result<void> change_field(
    FieldList& fields, const api::ModuleDef& module, const std::string& action, const std::string& name)
{
    const api::FieldDef* field = TRY(field_named(module, name));
    auto found = find_field(fields, field->name);
    if (action == "hide") {
        if (found != fields.end())
            fields.erase(found);
        return {};
    }
    if (action == "editable" && api::never_writable(*field))
        return refused(std::string(module.name) + "." + name
            + " can never be edited by a customer (owners, times, numbers the CRM assigns, the portal flag, "
              "support dates and links to contacts or organisations stay with the CRM)");
    if (found == fields.end()) {
        fields.emplace_back(std::string(field->name), action == "editable");
        return {};
    }
    if (action != "show")
        found->second = action == "editable";
    return {};
}

base::Result<void> run_fields(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (words.empty())
        return usage_error("fields needs a module", k_fields_usage);
    const api::ModuleDef* module = TRY(module_named(words[0]));
    if (words.size() > 1)
        TRY(ensure_module_rows(db, *module));
    FieldList fields = TRY(load_fields(db, *module));
    if (words.size() > 1) {
        const std::string& action = words[1];
        if (action != "show" && action != "hide" && action != "editable" && action != "readonly")
            return usage_error("unknown action '" + action + "'", k_fields_usage);
        if (words.size() == 2)
            return usage_error(action + " needs at least one field", k_fields_usage);
        for (auto name = words.begin() + 2; name != words.end(); ++name)
            TRY(change_field(fields, *module, action, *name));
        TRY(store_fields(db, *module, fields));
    }
    print_fields(*module, fields, io.out);
    return {};
}

// The tabs a detail page can have; the project's tasks and milestones only
// on a project.
base::Result<void> check_tab(const api::ModuleDef& module, const std::string& tab)
{
    static const std::vector<std::string_view> k_tabs { "History", "ModComments", "Documents", "ProjectTask",
        "ProjectMilestone" };
    if (std::find(k_tabs.begin(), k_tabs.end(), tab) == k_tabs.end())
        return unknown("no detail-page tab '" + tab
            + "'; the tabs are: History, ModComments, Documents, "
              "ProjectTask, ProjectMilestone");
    if (tab.starts_with("Project") && module.name != "Project")
        return refused(tab + " is a tab of Project detail pages only");
    return {};
}

using TabList = std::vector<std::pair<std::string, bool>>;

base::Result<TabList> load_tabs(storage::Connection& db, const std::string& module)
{
    storage::Rows rows
        = TRY(db.query("SELECT relatedmodules FROM customerportal_relatedmoduleinfo WHERE module = ?", { module }));
    TabList tabs;
    auto parsed = json::parse(rows.empty() ? "" : rows.front().text(0));
    if (!parsed.ok() || !parsed->is_array())
        return tabs;
    for (const auto& entry : parsed->items()) {
        const json::Value* name = entry.find("name");
        const json::Value* value = entry.find("value");
        if (name)
            tabs.emplace_back(name->text(), value && (value->text() == "1" || value->as_bool()));
    }
    return tabs;
}

base::Result<void> store_tabs(storage::Connection& db, const std::string& module, const TabList& tabs)
{
    json::Value list = json::Value::array();
    for (const auto& [name, on] : tabs) {
        json::Value entry = json::Value::object();
        entry.set("name", name);
        entry.set("value", json::Value::integer(on ? 1 : 0));
        list.push(std::move(entry));
    }
    TRY(db.update("INSERT INTO customerportal_relatedmoduleinfo (module, relatedmodules) VALUES (?, ?) "
                  "ON DUPLICATE KEY UPDATE relatedmodules = VALUES(relatedmodules)",
        { module, json::serialize(list) }));
    return {};
}

std::string shown_tabs(const TabList& tabs)
{
    std::vector<std::string> names;
    for (const auto& [name, on] : tabs) {
        if (on)
            names.push_back(name);
    }
    return names.empty() ? "none" : base::join(names, ", ");
}

base::Result<void> print_every_module_tabs(storage::Connection& db, std::ostream& out)
{
    Table table({ "MODULE", "DETAIL-PAGE TABS" });
    for (const auto& module : api::all_modules())
        table.add({ std::string(module.name), shown_tabs(TRY(load_tabs(db, std::string(module.name)))) });
    table.print(out);
    return {};
}

base::Result<void> run_related(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (words.empty())
        return print_every_module_tabs(db, io.out);
    const api::ModuleDef* module = TRY(module_named(words[0]));
    std::string name(module->name);
    TabList tabs = TRY(load_tabs(db, name));
    if (words.size() > 1) {
        const std::string& action = words[1];
        if ((action != "enable" && action != "disable") || words.size() == 2)
            return usage_error("related MODULE needs enable or disable and at least one tab", k_related_usage);
        for (auto tab = words.begin() + 2; tab != words.end(); ++tab) {
            TRY(check_tab(*module, *tab));
            auto found = std::find_if(tabs.begin(), tabs.end(), [&](const auto& entry) { return entry.first == *tab; });
            if (found == tabs.end())
                tabs.emplace_back(*tab, action == "enable");
            else
                found->second = action == "enable";
        }
        TRY(store_tabs(db, name, tabs));
    }
    io.out << name << " detail-page tabs: " << shown_tabs(tabs) << "\n";
    return {};
}

}

const std::vector<CommandGroup>& field_groups()
{
    static const std::vector<CommandGroup> groups {
        { "fields", k_fields_usage, run_fields },
        { "related", k_related_usage, run_related },
    };
    return groups;
}

}
