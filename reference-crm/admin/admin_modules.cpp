#include "reference-crm/admin/admin_support.h"

#include "reference-crm/json.h"

#include <algorithm>
#include <ostream>

// Modules on/off, their menu order, create/edit rights and record scope
// (Vtiger's customerportal_tabs and customerportal_fields, docs/json-api.md,
// The CRM's portal settings, Scope).
namespace refcrm::admin {

namespace {

constexpr std::string_view k_modules_usage
    = "reference-crm admin modules [enable|disable MODULE… | order MODULE… | create|edit MODULE on|off]";
constexpr std::string_view k_scope_usage = "reference-crm admin scope [MODULE [mine|all|subsidiaries]]";

struct ModuleState {
    const api::ModuleDef* def = nullptr;
    bool has_tab = false;
    bool visible = false;
    std::int64_t sequence = 0;
    bool create = false;
    bool edit = false;
    bool has_fields = false;
    std::size_t field_count = 0;
    bool records_all = false;
    bool subsidiaries = false;
};

bool always_available(const api::ModuleDef& module) { return module.name == "Contacts" || module.name == "Accounts"; }

std::size_t count_fields(const std::string& fieldinfo)
{
    auto parsed = json::parse(fieldinfo);
    return parsed.ok() && parsed->is_object() ? parsed->members().size() : 0;
}

// Every catalogue module with its settings, in menu order (modules without
// a tab row last).
base::Result<std::vector<ModuleState>> module_states(storage::Connection& db)
{
    storage::Rows tabs = TRY(db.query("SELECT module, visible, sequence, createrecord, editrecord FROM "
                                      "customerportal_tabs"));
    storage::Rows fields = TRY(db.query("SELECT module, fieldinfo, records_visible, include_subsidiaries FROM "
                                        "customerportal_fields"));
    std::vector<ModuleState> states;
    for (const auto& def : api::all_modules()) {
        ModuleState state { &def };
        for (const auto& row : tabs) {
            if (row.text(0) != def.name)
                continue;
            state = { &def, true, row.text(1) == "1", row.integer(2).value_or(0), row.text(3) == "1",
                row.text(4) == "1" };
        }
        for (const auto& row : fields) {
            if (row.text(0) != def.name)
                continue;
            state.has_fields = true;
            state.field_count = count_fields(row.text(1));
            state.records_all = row.integer(2).value_or(0) != 0;
            state.subsidiaries = row.integer(3).value_or(0) != 0;
        }
        states.push_back(state);
    }
    std::stable_sort(states.begin(), states.end(), [](const ModuleState& a, const ModuleState& b) {
        return a.has_tab != b.has_tab ? a.has_tab : a.sequence < b.sequence;
    });
    return states;
}

// What a customer sees of the module's records under its setting.
std::string scope_text(const ModuleState& state)
{
    switch (state.def->scope) {
    case api::ScopeRule::published_faq:
        return "published (the same for everyone)";
    case api::ScopeRule::own_contact:
        return "own record";
    case api::ScopeRule::own_organisation:
        return "own organisation";
    case api::ScopeRule::product_catalogue:
    case api::ScopeRule::service_catalogue:
        return state.records_all ? "all (whole catalogue)" : "mine";
    default:
        if (!state.records_all)
            return "mine";
        return state.subsidiaries ? "subsidiaries" : "all";
    }
}

std::string shown_text(const ModuleState& state)
{
    if (always_available(*state.def))
        return "always";
    if (state.visible && !state.has_fields)
        return "on (no fields)";
    return std::string(on_off(state.visible && state.has_fields));
}

base::Result<void> print_modules(storage::Connection& db, std::ostream& out)
{
    Table table({ "MODULE", "SHOWN", "ORDER", "CREATE", "EDIT", "RECORDS", "FIELDS" });
    for (const auto& state : TRY(module_states(db))) {
        table.add({ std::string(state.def->name), shown_text(state),
            state.has_tab ? std::to_string(state.sequence) : "-", std::string(on_off(state.create)),
            std::string(on_off(state.edit)), scope_text(state), std::to_string(state.field_count) });
    }
    table.print(out);
    return {};
}

base::Result<void> switch_modules(storage::Connection& db, const Words& names, bool visible, AdminIo& io)
{
    if (names.empty())
        return usage_error("name at least one module", k_modules_usage);
    for (const auto& name : names) {
        const api::ModuleDef* module = TRY(module_named(name));
        if (always_available(*module))
            return refused(std::string(module->name) + " is always available to a logged-in customer (their "
                + "profile) and cannot be switched on or off");
        TRY(ensure_module_rows(db, *module));
        TRY(db.update("UPDATE customerportal_tabs SET visible = ? WHERE module = ?",
            { std::int64_t { visible }, std::string(module->name) }));
        io.out << module->name << (visible ? ": shown in the portal\n" : ": no longer shown in the portal\n");
    }
    return {};
}

// The named modules first, in the order given; the others keep their order.
base::Result<void> order_modules(storage::Connection& db, const Words& names, AdminIo& io)
{
    if (names.empty())
        return usage_error("name the modules in the order the menu should show them", k_modules_usage);
    std::vector<const api::ModuleDef*> first;
    for (const auto& name : names) {
        const api::ModuleDef* module = TRY(module_named(name));
        if (std::find(first.begin(), first.end(), module) != first.end())
            return usage_error(std::string(module->name) + " is named twice", k_modules_usage);
        TRY(ensure_module_rows(db, *module));
        first.push_back(module);
    }
    std::vector<ModuleState> states = TRY(module_states(db));
    std::stable_partition(states.begin(), states.end(),
        [&](const ModuleState& state) { return std::find(first.begin(), first.end(), state.def) != first.end(); });
    std::stable_sort(states.begin(), states.begin() + static_cast<long>(first.size()),
        [&](const ModuleState& a, const ModuleState& b) {
            return std::find(first.begin(), first.end(), a.def) < std::find(first.begin(), first.end(), b.def);
        });
    std::int64_t sequence = 0;
    for (const auto& state : states) {
        if (state.has_tab || std::find(first.begin(), first.end(), state.def) != first.end())
            TRY(db.update("UPDATE customerportal_tabs SET sequence = ? WHERE module = ?",
                { ++sequence, std::string(state.def->name) }));
    }
    io.out << "menu order changed\n";
    return {};
}

bool takes_new_records(const api::ModuleDef& module) { return module.name == "HelpDesk" || module.name == "Documents"; }

bool takes_edits(const api::ModuleDef& module)
{
    for (std::string_view name : { "HelpDesk", "Assets", "Quotes", "Contacts", "Accounts" }) {
        if (module.name == name)
            return true;
    }
    return false;
}

// "create|edit MODULE on|off": only where the CRM's SaveRecord can do it.
base::Result<void> set_right(storage::Connection& db, const std::string& right, const Words& words, AdminIo& io)
{
    if (words.size() != 2)
        return usage_error(right + " needs a module and on or off", k_modules_usage);
    const api::ModuleDef* module = TRY(module_named(words[0]));
    bool on = TRY(parse_switch(words[1], k_modules_usage));
    bool create = right == "create";
    if (on && !(create ? takes_new_records(*module) : takes_edits(*module)))
        return refused("customers cannot " + std::string(create ? "create " : "edit ") + std::string(module->name)
            + " records through the portal API");
    TRY(ensure_module_rows(db, *module));
    TRY(db.update(std::string("UPDATE customerportal_tabs SET ") + (create ? "createrecord" : "editrecord")
            + " = ? WHERE module = ?",
        { std::int64_t { on }, std::string(module->name) }));
    io.out << module->name << ": customers " << (on ? "may " : "may not ") << right << " records\n";
    return {};
}

base::Result<void> run_modules(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (words.empty())
        return print_modules(db, io.out);
    Words rest(words.begin() + 1, words.end());
    const std::string& action = words.front();
    if (action == "enable" || action == "disable")
        TRY(switch_modules(db, rest, action == "enable", io));
    else if (action == "order")
        TRY(order_modules(db, rest, io));
    else if (action == "create" || action == "edit")
        TRY(set_right(db, action, rest, io));
    else
        return usage_error("unknown action '" + action + "'", k_modules_usage);
    return print_modules(db, io.out);
}

// Which scopes a module's records can have (docs/json-api.md, Scope).
base::Result<void> check_scope_allowed(const api::ModuleDef& module, const std::string& scope)
{
    switch (module.scope) {
    case api::ScopeRule::published_faq:
    case api::ScopeRule::own_contact:
    case api::ScopeRule::own_organisation:
        return refused(std::string(module.name) + " has a fixed scope: " + scope_text({ &module }));
    case api::ScopeRule::product_catalogue:
    case api::ScopeRule::service_catalogue:
        if (scope == "subsidiaries")
            return refused(std::string(module.name) + " is a catalogue: 'all' already shows all of it");
        return {};
    default:
        return {};
    }
}

base::Result<void> set_scope(storage::Connection& db, const Words& words, AdminIo& io)
{
    const api::ModuleDef* module = TRY(module_named(words[0]));
    const std::string& scope = words[1];
    if (scope != "mine" && scope != "all" && scope != "subsidiaries")
        return usage_error("'" + scope + "' is not a scope", k_scope_usage);
    TRY(check_scope_allowed(*module, scope));
    TRY(ensure_module_rows(db, *module));
    TRY(db.update("UPDATE customerportal_fields SET records_visible = ?, include_subsidiaries = ? WHERE module = ?",
        { std::int64_t { scope != "mine" }, std::int64_t { scope == "subsidiaries" }, std::string(module->name) }));
    io.out << module->name << ": customers see " << scope << "\n";
    return {};
}

base::Result<void> run_scope(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (words.size() > 2)
        return usage_error("too many arguments", k_scope_usage);
    const api::ModuleDef* only = nullptr;
    if (!words.empty())
        only = TRY(module_named(words[0]));
    if (words.size() == 2)
        TRY(set_scope(db, words, io));
    Table table({ "MODULE", "RECORDS" });
    for (const auto& state : TRY(module_states(db))) {
        if (!only || state.def == only)
            table.add({ std::string(state.def->name), scope_text(state) });
    }
    table.print(io.out);
    return {};
}

}

const std::vector<CommandGroup>& module_groups()
{
    static const std::vector<CommandGroup> groups {
        { "modules", k_modules_usage, run_modules },
        { "scope", k_scope_usage, run_scope },
    };
    return groups;
}

}
