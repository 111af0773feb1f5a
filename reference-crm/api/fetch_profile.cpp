#include "reference-crm/api/full_record.h"
#include "reference-crm/api/operation.h"

namespace refcrm::api {

namespace {

void add_empty_image(json::Value& record)
{
    record.set("imagedata", "");
    record.set("imagetype", "");
}

}

// The contact and its organisation (A.2.3), limited to our catalogue's
// customer-safe fields (A.8.14). Ids come from the login, never the request.
base::Result<json::Value> fetch_profile(OperationContext& context)
{
    const Customer& customer = context.customer;
    const ModuleDef& contacts = *find_module("Contacts");
    auto contact = TRY(fetch_full_record(
        context.db, contacts, scope_clause(contacts, customer, ScopeMode::mine), customer.contact_id));
    json::Value result = json::Value::object();
    if (contact) {
        add_empty_image(*contact);
        result.set("customer_details", std::move(*contact));
    }
    if (customer.organisation_id) {
        const ModuleDef& accounts = *find_module("Accounts");
        auto company = TRY(fetch_full_record(
            context.db, accounts, scope_clause(accounts, customer, ScopeMode::mine), *customer.organisation_id));
        if (company) {
            add_empty_image(*company);
            result.set("company_details", std::move(*company));
        }
    }
    return result;
}

}
