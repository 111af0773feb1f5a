#include "reference-crm/api/api_handler.h"

#include "base/log.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/basic_auth.h"
#include "reference-crm/api/envelope.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/ws_id.h"

#include <algorithm>

namespace refcrm::api {

namespace {

constexpr std::size_t k_logged_name_limit = 120;

// Client text in a log line: bounded, and no control characters that could
// forge a second line.
std::string loggable(std::string_view text)
{
    std::string clean(text.substr(0, k_logged_name_limit));
    for (char& c : clean) {
        if (static_cast<unsigned char>(c) < 0x20)
            c = '?';
    }
    return clean;
}

void log_request(std::string_view operation, std::string_view contact, const std::string& outcome)
{
    base::log::info("api",
        "operation=" + loggable(operation) + " contact=" + std::string(contact.empty() ? "-" : contact)
            + " outcome=" + loggable(outcome));
}

std::string outcome_of(const base::Result<json::Value>& result)
{
    if (result.ok())
        return "ok";
    return "error " + result.error().code() + " " + result.error().message();
}

ApiReply login_required() { return { 401, true, error_body(api_error("Login Required")) }; }

// A stock Vtiger answers an operation it does not have with an empty HTTP
// 500 (capture 10), and so do its FetchRecord and FetchHistory of an FAQ
// (captures 71, 139, 166), and its SaveRecord of a quote's stage.
bool fails_on_stock_vtiger(std::string_view operation, const ApiCall& call)
{
    auto extensions = extension_operations();
    if (!find_operation(operation) || std::find(extensions.begin(), extensions.end(), operation) != extensions.end())
        return true;
    bool faq_record = call.field("module").value_or("") == "Faq"
        || call.field("recordId").value_or(call.field("record").value_or("")).starts_with("3x");
    if (faq_record && (operation == "FetchRecord" || operation == "FetchHistory"))
        return true;
    // Its SaveRecord of a quote fails too, even where the settings allow it.
    return operation == "SaveRecord" && call.field("module").value_or("") == "Quotes";
}

// The probe a portal sends before any login: a Ping asking for the
// extensions. A stock Vtiger takes it for a failed login.
bool asks_for_extensions(const ApiCall& call)
{
    return call.field("_operation").value_or("") == "Ping" && call.field("extensions").value_or("") == "list";
}

json::Value extension_list()
{
    json::Value names = json::Value::array();
    for (std::string_view name : extension_operations())
        names.push(name);
    json::Value result = json::Value::object();
    result.set("extensions", std::move(names));
    return result;
}

}

base::Result<PortalSettings> ApiHandler::settings(storage::Connection& db) const
{
    PortalSettings settings = TRY(PortalSettings::load(db));
    settings.behaviour = m_behaviour;
    return settings;
}

base::Result<json::Value> ApiHandler::authenticate_and_run(const ApiCall& call, std::string& contact) const
{
    auto credentials = parse_basic_authorization(call.authorization.value_or(""));
    std::string user = call.field("username").value_or("");
    std::string password = call.field("password").value_or("");
    auto db = TRY(m_pool.acquire());
    std::string operation = call.field("_operation").value_or("");
    if (m_behaviour == Behaviour::reference && asks_for_extensions(call) && user.empty())
        return extension_list();
    if (!needs_login(operation)) {
        // Called before a login exists: any Basic header will do (A.1.3).
        Customer nobody;
        PortalSettings settings = TRY(this->settings(*db));
        OperationContext context { *db, nobody, settings, call };
        return find_operation(operation)(context);
    }
    // The Basic header and the form fields must name the same login (A.8.11).
    if (!credentials || credentials->user != user || credentials->password != password) {
        m_authenticator.spend_password_check(password);
        return login_failed();
    }
    Customer customer = TRY(m_authenticator.authenticate(*db, user, password));
    contact = format_ws_id(k_contacts_type, customer.contact_id);
    PortalSettings settings = TRY(this->settings(*db));
    OperationContext context { *db, customer, settings, call };
    return find_operation(operation)(context);
}

ApiReply ApiHandler::handle(const ApiCall& call) const
{
    std::string operation = call.field("_operation").value_or("");
    if (m_behaviour == Behaviour::stock_vtiger && fails_on_stock_vtiger(operation, call)) {
        log_request(operation, "", "HTTP 500 as a stock Vtiger");
        return { 500, false, "" };
    }
    if (!find_operation(operation)) {
        log_request(operation, "", "error 1404 operation not found");
        return { 200, false, error_body(api_error("Operation not found: " + operation, 1404)) };
    }
    if (!parse_basic_authorization(call.authorization.value_or(""))) {
        log_request(operation, "", "error 1412 Login Required");
        return login_required();
    }
    std::string contact;
    auto result = authenticate_and_run(call, contact);
    log_request(operation, contact, outcome_of(result));
    if (!result.ok())
        return { 200, false, error_body(result.error()) };
    return { 200, false, success_body(result.value()) };
}

}
