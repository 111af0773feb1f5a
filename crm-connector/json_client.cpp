#include "crm-connector/json_client.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/curl_transport.h"
#include "crm-connector/json_decode.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace crm {

namespace {

namespace codes = error_codes;

constexpr std::string_view k_api_path = "modules/CustomerPortal/api.php";
// Page 0 and 50 rows are the CRM's own defaults (CustomerPortal_Config): a
// query asking for them sends neither field, as the stock clients do (capture 26).
constexpr int k_default_page_limit = 50;
constexpr int k_max_page_limit = 100;

base::Error with_operation(std::string_view operation, const base::Error& error, std::string_view secret)
{
    return base::Error(error.code(), hide_secret(std::string(operation) + ": " + error.message(), secret));
}

template<typename T>
base::Result<T> named(std::string_view operation, base::Result<T> result)
{
    if (result.ok())
        return result;
    return with_operation(operation, result.error(), {});
}

std::string filters_as_json(const std::vector<std::pair<std::string, std::string>>& filters)
{
    Json object = Json::object();
    for (const auto& [field, value] : filters)
        object[field] = value;
    return object.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string_view scope_name(Scope scope) { return scope == Scope::all ? "all" : "mine"; }

std::vector<FormField> records_parameters(const RecordsQuery& query)
{
    std::vector<FormField> fields { { "module", query.module },
        { "moduleLabel", query.module_label.empty() ? query.module : query.module_label } };
    if (query.scope != Scope::configured)
        fields.push_back({ "mode", std::string(scope_name(query.scope)) });
    if (!query.filters.empty())
        fields.push_back({ "fields", filters_as_json(query.filters) });
    if (query.match_any)
        fields.push_back({ "groupConditions", "OR" });
    if (query.order_by)
        fields.push_back({ "orderBy", *query.order_by });
    if (query.order_by || !query.descending)
        fields.push_back({ "order", query.descending ? "DESC" : "ASC" });
    if (int page = std::max(query.page, 0); page != 0)
        fields.push_back({ "page", std::to_string(page) });
    if (int limit = std::clamp(query.page_limit, 1, k_max_page_limit); limit != k_default_page_limit)
        fields.push_back({ "pageLimit", std::to_string(limit) });
    return fields;
}

// FetchRecord answers {"record":{…}}, and {"record":null} for an id it cannot
// read as an id (capture 67).
base::Result<Record> record_of(const Json& result, const RecordId& id)
{
    const Json* record = result.is_object() && result.contains("record") ? &result.at("record") : &result;
    if (!record->is_object() || record->empty())
        return base::Error(std::string(codes::k_record_not_found), "the CRM returned no record for " + id.to_string());
    return decode_record(*record);
}

long elapsed_ms(std::chrono::steady_clock::time_point start)
{
    auto elapsed = std::chrono::steady_clock::now() - start;
    return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count());
}

}

base::Result<std::string> customer_portal_api_url(std::string_view site_url)
{
    std::string url(base::trim(site_url));
    std::string lower = base::to_lower(url);
    if (!lower.starts_with("http://") && !lower.starts_with("https://"))
        return base::Error(
            std::string(codes::k_bad_configuration), "the CRM URL \"" + url + "\" must start with http:// or https://");
    if (url.ends_with("/" + std::string(k_api_path)))
        return url;
    if (!url.ends_with('/'))
        url += '/';
    return url + std::string(k_api_path);
}

JsonCrmClient::JsonCrmClient(std::string api_url, std::shared_ptr<HttpTransport> transport)
    : m_api_url(std::move(api_url))
    , m_transport(std::move(transport))
{
}

base::Result<std::unique_ptr<JsonCrmClient>> JsonCrmClient::create(JsonClientOptions options)
{
    CurlTransportOptions transport_options;
    transport_options.connect_timeout_ms = options.connect_timeout_ms;
    transport_options.timeout_ms = options.timeout_ms;
    transport_options.verify_tls = options.verify_tls;
    transport_options.ca_file = std::move(options.ca_file);
    std::shared_ptr<HttpTransport> transport = TRY(CurlTransport::create(std::move(transport_options)));
    return create(options.site_url, std::move(transport));
}

base::Result<std::unique_ptr<JsonCrmClient>> JsonCrmClient::create(
    std::string_view site_url, std::shared_ptr<HttpTransport> transport)
{
    if (!transport)
        return base::Error(std::string(codes::k_bad_configuration), "no HTTP transport given to the CRM client");
    std::string api_url = TRY(customer_portal_api_url(site_url));
    return std::unique_ptr<JsonCrmClient>(new JsonCrmClient(std::move(api_url), std::move(transport)));
}

base::Result<HttpReply> JsonCrmClient::post(
    std::string_view operation, const Credentials& credentials, std::vector<FormField> parameters)
{
    FormPost post { m_api_url, {}, credentials.username, credentials.password };
    post.fields.push_back({ "_operation", std::string(operation) });
    std::move(parameters.begin(), parameters.end(), std::back_inserter(post.fields));
    if (!credentials.language.empty())
        post.fields.push_back({ "language", credentials.language });
    post.fields.push_back({ "username", credentials.username });
    post.fields.push_back({ "password", credentials.password });
    auto start = std::chrono::steady_clock::now();
    base::Result<HttpReply> reply = m_transport->post_form(post);
    if (!reply.ok())
        return with_operation(operation, reply.error(), credentials.password);
    base::log::debug("crm",
        std::string(operation) + " answered HTTP " + std::to_string(reply->status) + " in "
            + std::to_string(elapsed_ms(start)) + " ms");
    return reply;
}

base::Result<void> JsonCrmClient::ping(const Credentials& credentials)
{
    HttpReply reply = TRY(post("Ping", credentials, {}));
    TRY(decode_envelope("Ping", reply, credentials.password));
    return {};
}

base::Result<PortalModules> JsonCrmClient::fetch_modules(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchModules", credentials, {}));
    Json result = TRY(decode_envelope("FetchModules", reply, credentials.password));
    return named("FetchModules", decode_portal_modules(result));
}

base::Result<ModuleDescription> JsonCrmClient::describe_module(const Credentials& credentials, std::string_view module)
{
    HttpReply reply = TRY(post("DescribeModule", credentials, { { "module", std::string(module) } }));
    Json result = TRY(decode_envelope("DescribeModule", reply, credentials.password));
    ModuleDescription description = TRY(named("DescribeModule", decode_module_description(result)));
    if (auto prefix = base::parse_int(description.id_prefix);
        prefix && *prefix > 0 && *prefix <= std::numeric_limits<int>::max())
        learn_module_name(static_cast<int>(*prefix), description.name);
    return description;
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
    const Credentials& credentials, const RecordId& id, std::optional<RecordId> parent)
{
    std::vector<FormField> parameters;
    if (std::optional<std::string> module = module_name_of(id.module_prefix()))
        parameters.push_back({ "module", std::move(*module) });
    parameters.push_back({ "recordId", id.to_string() });
    if (parent)
        parameters.push_back({ "parentId", parent->to_string() });
    HttpReply reply = TRY(post("FetchRecord", credentials, std::move(parameters)));
    Json result = TRY(decode_envelope("FetchRecord", reply, credentials.password));
    return named("FetchRecord", record_of(result, id));
}

void JsonCrmClient::learn_module_name(int id_prefix, std::string_view module)
{
    std::lock_guard lock(m_module_names_mutex);
    m_module_names.try_emplace(id_prefix, module);
}

std::optional<std::string> JsonCrmClient::module_name_of(int id_prefix) const
{
    std::lock_guard lock(m_module_names_mutex);
    auto found = m_module_names.find(id_prefix);
    return found == m_module_names.end() ? std::nullopt : std::optional<std::string>(found->second);
}

}
