#include "crm-connector/json_client.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/curl_transport.h"
#include "crm-connector/json_call.h"
#include "crm-connector/json_decode.h"

#include <chrono>
#include <limits>

namespace crm {

namespace {

namespace codes = error_codes;

constexpr std::string_view k_api_path = "modules/CustomerPortal/api.php";

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

base::Result<HttpReply> JsonCrmClient::post(std::string_view operation, const Credentials& credentials,
    std::vector<FormField> parameters, std::optional<FilePart> file)
{
    FormPost form { m_api_url, {}, credentials.username, credentials.password, std::move(file) };
    form.fields.push_back({ "_operation", std::string(operation) });
    std::move(parameters.begin(), parameters.end(), std::back_inserter(form.fields));
    if (!credentials.language.empty())
        form.fields.push_back({ "language", credentials.language });
    form.fields.push_back({ "username", credentials.username });
    form.fields.push_back({ "password", credentials.password });
    return send(operation, std::move(form), credentials.password);
}

base::Result<HttpReply> JsonCrmClient::send(std::string_view operation, FormPost form, std::string_view secret)
{
    auto start = std::chrono::steady_clock::now();
    base::Result<HttpReply> reply = m_transport->post_form(form);
    if (!reply.ok())
        return with_operation(operation, reply.error(), secret);
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
