// A record's detail tabs and the searches: FetchRelatedModules,
// FetchRelatedRecords, FetchHistory, FetchReferenceRecords, SearchFaqs,
// SearchRecords.

#include "crm-connector/json_call.h"
#include "crm-connector/json_client.h"
#include "crm-connector/json_decode.h"

namespace crm {

base::Result<std::vector<std::string>> JsonCrmClient::fetch_related_modules(
    const Credentials& credentials, std::string_view module)
{
    HttpReply reply = TRY(post("FetchRelatedModules", credentials, { { "module", std::string(module) } }));
    // A module without related-module settings leaves the result unset, which
    // Vtiger sends as {"success":false,"error":null}: no tabs (docs/json-api.md, Related records and history).
    if (is_failure_without_details(reply))
        return std::vector<std::string> {};
    Json result = TRY(decode_envelope("FetchRelatedModules", reply, credentials.password));
    if (!result.is_null() && !result.is_array() && !result.is_object())
        return with_operation("FetchRelatedModules", unexpected("the related modules are not a list"), {});
    std::vector<std::string> modules;
    for (const Json* name : elements_in_order(result))
        modules.push_back(text_of(*name));
    return modules;
}

base::Result<std::vector<Record>> JsonCrmClient::fetch_related_records(
    const Credentials& credentials, const RelatedQuery& query)
{
    std::vector<FormField> parameters;
    if (!query.module.empty())
        parameters.push_back({ "module", query.module });
    else if (std::optional<std::string> module = module_name_of(query.record.module_prefix()))
        parameters.push_back({ "module", std::move(*module) });
    parameters.push_back({ "recordId", query.record.to_string() });
    parameters.push_back({ "relatedModule", query.related_module });
    parameters.push_back({ "relatedModuleLabel",
        query.related_module_label.empty() ? query.related_module : query.related_module_label });
    add_id(parameters, "parentId", query.parent);
    add_paging(parameters, query.page, query.page_limit);
    HttpReply reply = TRY(post("FetchRelatedRecords", credentials, std::move(parameters)));
    Json result = TRY(decode_envelope("FetchRelatedRecords", reply, credentials.password));
    return named("FetchRelatedRecords", decode_record_list(result));
}

base::Result<std::vector<HistoryEntry>> JsonCrmClient::fetch_history(
    const Credentials& credentials, const HistoryQuery& query)
{
    std::vector<FormField> parameters { { "module", query.module } };
    add_id(parameters, "record", query.record);
    add_id(parameters, "parentId", query.parent);
    add_paging(parameters, query.page, query.page_limit);
    HttpReply reply = TRY(post("FetchHistory", credentials, std::move(parameters)));
    Json result = TRY(decode_envelope("FetchHistory", reply, credentials.password));
    return named("FetchHistory", decode_history(result));
}

base::Result<std::vector<LabelledRecord>> JsonCrmClient::fetch_reference_records(
    const Credentials& credentials, std::string_view module, std::string_view search_key)
{
    std::vector<FormField> parameters { { "module", std::string(module) } };
    if (!search_key.empty())
        parameters.push_back({ "searchKey", std::string(search_key) });
    HttpReply reply = TRY(post("FetchReferenceRecords", credentials, std::move(parameters)));
    Json result = TRY(decode_envelope("FetchReferenceRecords", reply, credentials.password));
    return named("FetchReferenceRecords", decode_labelled_records(result));
}

base::Result<std::vector<Record>> JsonCrmClient::search_faqs(
    const Credentials& credentials, std::string_view search_key)
{
    HttpReply reply = TRY(post("SearchFaqs", credentials, { { "searchKey", std::string(search_key) } }));
    Json result = TRY(decode_envelope("SearchFaqs", reply, credentials.password));
    return named("SearchFaqs", decode_record_list(result));
}

base::Result<std::vector<SearchHits>> JsonCrmClient::search_records(
    const Credentials& credentials, std::string_view search_key)
{
    HttpReply reply = TRY(post("SearchRecords", credentials, { { "searchKey", std::string(search_key) } }));
    Json result = TRY(decode_envelope("SearchRecords", reply, credentials.password));
    return named("SearchRecords", decode_search_hits(result));
}

}
