// An extension of the customer-portal API that Vtiger lacks:
// the contact's sign-in history.

#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/operation.h"

namespace refcrm::api {

namespace {

constexpr int k_default_history = 20;
constexpr int k_max_history = 100;

}

// The contact's sign-ins, newest first: [{"time","browser","address"}].
// `limit` 1-100 (default 20).
base::Result<json::Value> fetch_login_history(OperationContext& context)
{
    auto limit = base::parse_int(context.call.field("limit").value_or(std::to_string(k_default_history)));
    if (!limit || *limit < 1 || *limit > k_max_history)
        return api_error("Invalid limit");
    storage::Rows rows = TRY(context.db.query("SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), browser, address "
                                              "FROM login_history WHERE contact_id = ? AND event = 'Login' "
                                              "ORDER BY at DESC, id DESC LIMIT ?",
        { context.customer.contact_id, *limit }));
    json::Value entries = json::Value::array();
    for (const auto& row : rows) {
        json::Value entry = json::Value::object();
        entry.set("time", row.text(0));
        entry.set("browser", row.text(1));
        entry.set("address", row.text(2));
        entries.push(std::move(entry));
    }
    return entries;
}

}
