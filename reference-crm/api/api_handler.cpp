#include "reference-crm/api/api_handler.h"

#include "base/log.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/basic_auth.h"
#include "reference-crm/api/envelope.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/ws_id.h"

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

}

base::Result<json::Value> ApiHandler::authenticate_and_run(const ApiCall& call, std::string& contact) const
{
    auto credentials = parse_basic_authorization(call.authorization.value_or(""));
    std::string user = call.field("username").value_or("");
    std::string password = call.field("password").value_or("");
    auto db = TRY(m_pool.acquire());
    std::string operation = call.field("_operation").value_or("");
    if (!needs_login(operation)) {
        // Called before a login exists: any Basic header will do (A.1.3).
        Customer nobody;
        PortalSettings settings = TRY(PortalSettings::load(*db));
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
    PortalSettings settings = TRY(PortalSettings::load(*db));
    OperationContext context { *db, customer, settings, call };
    return find_operation(operation)(context);
}

ApiReply ApiHandler::handle(const ApiCall& call) const
{
    std::string operation = call.field("_operation").value_or("");
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
