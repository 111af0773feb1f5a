// FetchRecords, FetchRecord, FilterRecords, ExportRecords.

#include "crm-connector/crm_error.h"
#include "crm-connector/json_call.h"
#include "crm-connector/json_client.h"
#include "crm-connector/json_decode.h"

namespace crm {

namespace {

constexpr int k_default_filter_limit = 50;

std::vector<FormField> records_parameters(const RecordsQuery& query)
{
    std::vector<FormField> fields { { "module", query.module },
        { "moduleLabel", query.module_label.empty() ? query.module : query.module_label } };
    if (query.scope != Scope::configured)
        fields.push_back({ "mode", std::string(scope_name(query.scope)) });
    if (!query.filters.empty())
        fields.push_back({ "fields", field_values_as_json(query.filters) });
    if (query.match_any)
        fields.push_back({ "groupConditions", "OR" });
    if (query.order_by)
        fields.push_back({ "orderBy", *query.order_by });
    if (query.order_by || !query.descending)
        fields.push_back({ "order", query.descending ? "DESC" : "ASC" });
    add_paging(fields, query.page, query.page_limit);
    return fields;
}

// FilterRecords names the sort field `field` and its direction `orderBy`.
std::vector<FormField> filter_parameters(const FilterQuery& query)
{
    std::vector<FormField> fields { { "module", query.module },
        { "moduleLabel", query.module_label.empty() ? query.module : query.module_label } };
    if (query.order_by) {
        fields.push_back({ "field", *query.order_by });
        fields.push_back({ "orderBy", query.descending ? "DESC" : "ASC" });
    }
    if (int limit = std::max(query.limit, 1); limit != k_default_filter_limit)
        fields.push_back({ "limit", std::to_string(limit) });
    return fields;
}

std::vector<FormField> export_parameters(const ExportQuery& query)
{
    std::vector<FormField> fields { { "module", query.module } };
    if (!query.module_label.empty())
        fields.push_back({ "moduleLabel", query.module_label });
    if (query.scope != Scope::configured)
        fields.push_back({ "mode", std::string(scope_name(query.scope)) });
    if (!query.filters.empty())
        fields.push_back({ "fields", field_values_as_json(query.filters) });
    if (query.match_any)
        fields.push_back({ "groupConditions", "OR" });
    return fields;
}

// FetchRecord answers {"record":{…}}, and {"record":null} for an id it cannot
// read as an id (capture 67).
base::Result<Record> record_of(const Json& result, const RecordId& id)
{
    const Json* record = result.is_object() && result.contains("record") ? &result.at("record") : &result;
    if (!record->is_object() || record->empty())
        return base::Error(
            std::string(error_codes::k_record_not_found), "the CRM returned no record for " + id.to_string());
    return decode_record(*record);
}

}

base::Result<RecordPage> JsonCrmClient::fetch_records(const Credentials& credentials, const RecordsQuery& query)
{
    HttpReply reply = TRY(post("FetchRecords", credentials, records_parameters(query)));
    Json result = TRY(decode_envelope("FetchRecords", reply, credentials.password));
    RecordPage page = TRY(named("FetchRecords", decode_record_page(result)));
    if (!page.records.empty() && page.records.front().id.module_prefix() != 0)
        learn_module_name(page.records.front().id.module_prefix(), query.module);
    return page;
}

base::Result<Record> JsonCrmClient::fetch_record(
    const Credentials& credentials, const RecordId& id, std::optional<RecordId> parent, std::string_view module)
{
    std::vector<FormField> parameters;
    if (!module.empty())
        parameters.push_back({ "module", std::string(module) });
    else if (std::optional<std::string> learned = module_name_of(id.module_prefix()))
        parameters.push_back({ "module", std::move(*learned) });
    parameters.push_back({ "recordId", id.to_string() });
    add_id(parameters, "parentId", parent);
    HttpReply reply = TRY(post("FetchRecord", credentials, std::move(parameters)));
    Json result = TRY(decode_envelope("FetchRecord", reply, credentials.password));
    return named("FetchRecord", record_of(result, id));
}

base::Result<std::vector<Record>> JsonCrmClient::filter_records(
    const Credentials& credentials, const FilterQuery& query)
{
    HttpReply reply = TRY(post("FilterRecords", credentials, filter_parameters(query)));
    Json result = TRY(decode_envelope("FilterRecords", reply, credentials.password));
    return named("FilterRecords", decode_record_list(result));
}

base::Result<std::vector<Record>> JsonCrmClient::export_records(
    const Credentials& credentials, const ExportQuery& query)
{
    HttpReply reply = TRY(post("ExportRecords", credentials, export_parameters(query)));
    Json result = TRY(decode_envelope("ExportRecords", reply, credentials.password));
    return named("ExportRecords", decode_record_list(result));
}

}
