#include "reference-crm/api/api_error.h"
#include "reference-crm/api/document_upload.h"
#include "reference-crm/api/full_record.h"
#include "reference-crm/api/history_log.h"
#include "reference-crm/api/record_values.h"
#include "reference-crm/api/request_values.h"

#include <functional>

namespace refcrm::api {

namespace {

// HelpDesk may always set status and priority, so that customers can close
// their cases (A.2.21).
const std::set<std::string_view> k_ticket_extras { "ticketstatus", "ticketpriorities" };
// Customers may always accept or reject a quote (A.2.21).
const std::set<std::string_view> k_quote_extras { "quotestage" };

bool is_save_supported(std::string_view module)
{
    return module == "HelpDesk" || module == "Documents" || module == "Assets" || module == "Quotes"
        || module == "Contacts" || module == "Accounts";
}

base::Result<json::Value> visible_record(OperationContext& context, const PortalModule& module, std::int64_t id)
{
    RecordQuery query;
    query.module = &module;
    query.scope = scope_clause(*module.def, context.customer, module.configured_mode());
    query.only_id = id;
    auto records = TRY(select_records(context.db, query));
    if (records.empty())
        return api_error("Record not Accessible");
    json::Value result = json::Value::object();
    result.set("record", std::move(records.front()));
    return result;
}

base::Result<void> update_columns(
    OperationContext& context, const ModuleDef& def, std::int64_t id, const std::vector<FieldValue>& values)
{
    std::string sql = "UPDATE " + std::string(def.table) + " SET modified_at = NOW()";
    std::vector<storage::Param> params;
    for (const auto& value : values) {
        sql += ", " + column_name(*value.field) + " = ?";
        params.push_back(value.stored);
    }
    sql += " WHERE id = ?";
    params.emplace_back(id);
    TRY(context.db.update(sql, params));
    return {};
}

// The fields whose API value differs between two full records.
std::vector<FieldChange> differences(const ModuleDef& def, const json::Value* before, const json::Value& after)
{
    std::vector<FieldChange> changes;
    for (const auto& field : def.fields) {
        if (field.type == FieldType::datetime)
            continue;
        const json::Value* old_value = before ? before->find(field.name) : nullptr;
        const json::Value* new_value = after.find(field.name);
        auto text = [](const json::Value* value) {
            return value && !value->is_null() && !value->text().empty() ? std::optional<std::string>(value->text())
                                                                        : std::nullopt;
        };
        if (text(old_value) != text(new_value))
            changes.push_back({ std::string(field.name), text(old_value), text(new_value) });
    }
    return changes;
}

base::Result<json::Value> full_record(OperationContext& context, const ModuleDef& def, std::int64_t id)
{
    auto record = TRY(fetch_full_record(context.db, def, scope_clause(def, context.customer, ScopeMode::mine), id));
    if (!record) {
        // The record was just written in scope; reading it back without the
        // contact narrowing covers organisation-wide edits.
        record = TRY(fetch_full_record(context.db, def, { "1 = 1", {} }, id));
    }
    return record ? std::move(*record) : json::Value::object();
}

// Applies the values and logs the change in one transaction.
base::Result<void> write_record(OperationContext& context, const ModuleDef& def, std::int64_t id,
    const std::vector<FieldValue>& values, bool created)
{
    std::optional<json::Value> before;
    if (!created)
        before = TRY(full_record(context, def, id));
    TRY(update_columns(context, def, id, values));
    json::Value after = TRY(full_record(context, def, id));
    ChangeAuthor author { std::nullopt, context.customer.contact_id };
    return record_change(context.db, { def.type_id, id }, author,
        created ? ChangeStatus::created : ChangeStatus::updated, differences(def, before ? &*before : nullptr, after));
}

base::Result<std::int64_t> create_ticket(OperationContext& context, const std::vector<FieldValue>& values)
{
    bool titled = false;
    for (const auto& value : values)
        titled = titled || (value.field->name == "ticket_title" && !value.api_text.empty());
    if (!titled)
        return api_error("MANDATORY_FIELDS_MISSING", "ticket_title does not have a value");
    const auto& organisation = context.customer.organisation_id;
    const auto& assignee = context.settings.default_assignee;
    std::int64_t id = TRY(context.db.insert(
        "INSERT INTO tickets (title, description, solution, contact_id, organisation_id, assigned_user_id) "
        "VALUES ('', '', '', ?, ?, ?)",
        { context.customer.contact_id, organisation ? storage::Param(*organisation) : storage::Param(nullptr),
            assignee ? storage::Param(*assignee) : storage::Param(nullptr) }));
    TRY(context.db.update("UPDATE tickets SET ticket_no = CONCAT('TT', id) WHERE id = ?", { id }));
    TRY(write_record(context, *find_module("HelpDesk"), id, values, true));
    return id;
}

// Create (no id or "<prefix>x0") or edit of a case, and edits of assets
// and quotes. Edits are checked against the scope before anything is
// written (A.8.1).
base::Result<json::Value> save_scoped(
    OperationContext& context, const PortalModule& module, std::int64_t id, const std::set<std::string_view>& extras)
{
    if (id == 0 && (!module.create || module.def->type_id != k_helpdesk_type))
        return api_error("Module record cannot be created");
    if (id != 0 && !module.edit)
        return api_error("Module record cannot be edited");
    if (id != 0 && !TRY(is_record_accessible(context.db, *module.def, context.customer, module.configured_mode(), id)))
        return api_error("Record not Accessible");
    auto values = TRY(parse_record_values(context, module, extras));
    TRY(storage::in_transaction(context.db, [&]() -> base::Result<void> {
        if (id == 0)
            id = TRY(create_ticket(context, values));
        else
            TRY(write_record(context, *module.def, id, values, false));
        return {};
    }));
    return visible_record(context, module, id);
}

// Contacts: only the own record; Accounts: only the own organisation; only
// editable fieldinfo fields (A.8.2). Answered without the "record" wrapper.
base::Result<json::Value> save_profile(OperationContext& context, const PortalModule& module, std::int64_t id)
{
    if (id == 0)
        return api_error("Module record cannot be created");
    if (!module.edit)
        return api_error("Module record cannot be edited");
    if (!TRY(is_record_accessible(context.db, *module.def, context.customer, ScopeMode::mine, id)))
        return api_error("Record not Accessible");
    // A stock Vtiger skips the portal fields for the own contact and
    // organisation: any field may be written (capture 133), but for those no
    // customer ever writes (never_writable).
    std::set<std::string_view> extras;
    if (context.settings.stock_vtiger()) {
        for (const auto& field : module.def->fields)
            extras.insert(field.name);
    }
    auto values = TRY(parse_record_values(context, module, extras));
    TRY(storage::in_transaction(context.db, [&] { return write_record(context, *module.def, id, values, false); }));
    return full_record(context, *module.def, id);
}

struct SaveTarget {
    std::string module;
    std::int64_t id = 0;
};

// The module comes from recordId on update, from "module" on create.
base::Result<SaveTarget> save_target(const ApiCall& call)
{
    std::string record = call.field("recordId").value_or("");
    if (record.empty())
        return SaveTarget { call.field("module").value_or(""), 0 };
    auto id = parse_ws_id(record);
    if (!id)
        return api_error("INVALID_ID_ATTRIBUTE", "Id specified is incorrect");
    const ModuleDef* def = find_module_by_type(id->type_id);
    if (!def)
        return api_error("Module not accessible");
    return SaveTarget { std::string(def->name), id->row_id };
}

}

// SaveRecord (A.2.21): the module enabled, save supported, rights and scope
// checked, then the write and its history in one transaction.
base::Result<json::Value> save_record(OperationContext& context)
{
    SaveTarget target = TRY(save_target(context.call));
    const PortalModule* module = context.settings.enabled_module(target.module);
    if (!module)
        return api_error("Module not accessible");
    if (!is_save_supported(target.module))
        return api_error("save operation not supported for this module", 1404);
    if (target.module == "HelpDesk")
        return save_scoped(context, *module, target.id, k_ticket_extras);
    if (target.module == "Assets")
        return save_scoped(context, *module, target.id, {});
    if (target.module == "Quotes")
        return save_scoped(context, *module, target.id, k_quote_extras);
    if (target.module == "Documents") {
        if (target.id != 0)
            return api_error(
                module->edit ? "Documents are replaced by a new upload" : "Module record cannot be edited");
        if (!module->create)
            return api_error("Module record cannot be created");
        return upload_document(context, *module);
    }
    if (target.module == "Contacts" || target.module == "Accounts")
        return save_profile(context, *module, target.id);
    return api_error("save operation not supported for this module", 1404);
}

}
