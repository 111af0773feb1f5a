#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/record_labels.h"
#include "reference-crm/ws_id.h"

namespace refcrm::api {

namespace {

constexpr int k_max_hits = 100;

// A bound LIKE pattern for "contains key"; the key's own % and _ match
// themselves (docs/json-api.md, Holes #4).
std::string contains_pattern(std::string_view key)
{
    std::string pattern = "%";
    for (char c : key) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

bool is_searchable(FieldType type)
{
    switch (type) {
    case FieldType::string:
    case FieldType::text:
    case FieldType::picklist:
    case FieldType::email:
    case FieldType::phone:
    case FieldType::url:
        return true;
    default:
        return false;
    }
}

// Records of a module in scope whose label (or, with all_fields, any
// visible text field) contains the key: rows of (id, label).
base::Result<storage::Rows> find_matches(
    OperationContext& context, const PortalModule& module, std::string_view key, bool all_fields)
{
    const ModuleDef& def = *module.def;
    ScopeClause scope = scope_clause(def, context.customer, module.configured_mode());
    std::string pattern = contains_pattern(key);
    std::string match = label_sql(def.type_id) + " LIKE ?";
    std::vector<storage::Param> params = scope.params;
    params.emplace_back(pattern);
    for (const auto& field : module.fields) {
        if (!all_fields || !is_searchable(field.field->type))
            continue;
        match += " OR " + std::string(field.field->column) + " LIKE ?";
        params.emplace_back(pattern);
    }
    std::string sql = "SELECT r.id, " + label_sql(def.type_id) + " FROM " + std::string(def.table) + " r WHERE ("
        + scope.sql + ") AND (" + match + ") ORDER BY r.modified_at DESC, r.id DESC LIMIT "
        + std::to_string(k_max_hits);
    return context.db.query(sql, params);
}

json::Value module_hits(const PortalModule& module, const storage::Rows& rows)
{
    if (rows.empty())
        return json::Value::array();
    json::Value hits = json::Value::object();
    hits.set("uiLabel", module.def->ui_label);
    hits.set("labelField", base::split(module.def->label_fields, ',').front());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        json::Value hit = json::Value::object();
        hit.set("id", format_ws_id(module.def->type_id, rows[i].integer(0).value_or(0)));
        hit.set("label", rows[i].text(1) + " ");
        hits.set(std::to_string(i), std::move(hit));
    }
    return hits;
}

bool is_globally_searched(std::string_view name)
{
    return name != "Faq" && name != "ProjectTask" && name != "ProjectMilestone";
}

}

// Published FAQs whose question or answer contains the key (A.2.19).
base::Result<json::Value> search_faqs(OperationContext& context)
{
    if (!context.settings.enabled_module("Faq"))
        return api_error("Faq not accessible");
    std::string pattern = contains_pattern(base::trim(context.call.field("searchKey").value_or("")));
    storage::Rows rows = TRY(context.db.query("SELECT question, answer, status, id FROM faqs "
                                              "WHERE status = 'Published' AND (question LIKE ? OR answer LIKE ?) "
                                              "ORDER BY modified_at DESC, id DESC LIMIT 100",
        { pattern, pattern }));
    json::Value result = json::Value::array();
    for (const auto& row : rows) {
        json::Value faq = json::Value::object();
        faq.set("question", row.text(0));
        faq.set("faq_answer", row.text(1));
        faq.set("faqstatus", row.text(2));
        faq.set("id", format_ws_id(k_faq_type, row.integer(3).value_or(0)));
        result.push(std::move(faq));
    }
    return result;
}

// Hits per enabled module, keyed by module; [] for a module without hits
// (A.2.20, capture 92).
base::Result<json::Value> search_records(OperationContext& context)
{
    std::string key(base::trim(context.call.field("searchKey").value_or("")));
    if (key.empty())
        return api_error("Search key is empty");
    std::vector<const PortalModule*> modules;
    for (std::string_view name : { "Contacts", "Accounts" })
        modules.push_back(context.settings.enabled_module(name));
    for (const PortalModule* module : context.settings.listed_modules()) {
        if (is_globally_searched(module->def->name) && module->def->name != "Contacts"
            && module->def->name != "Accounts")
            modules.push_back(module);
    }
    json::Value result = json::Value::object();
    for (const PortalModule* module : modules) {
        if (!module)
            continue;
        storage::Rows rows = TRY(find_matches(context, *module, key, true));
        result.set(std::string(module->def->name), module_hits(*module, rows));
    }
    return result;
}

// Candidates for a reference field: [{"label":" Router X200","id":"14x1"}]
// with the leading space of Vtiger (A.2.17).
base::Result<json::Value> fetch_reference_records(OperationContext& context)
{
    const PortalModule* module = context.settings.enabled_module(context.call.field("module").value_or(""));
    if (!module)
        return api_error("Module not accessible");
    std::string key(base::trim(context.call.field("searchKey").value_or("")));
    storage::Rows rows = TRY(find_matches(context, *module, key, false));
    json::Value result = json::Value::array();
    for (const auto& row : rows) {
        json::Value candidate = json::Value::object();
        candidate.set("label", " " + row.text(1));
        candidate.set("id", format_ws_id(module->def->type_id, row.integer(0).value_or(0)));
        result.push(std::move(candidate));
    }
    return result;
}

}
