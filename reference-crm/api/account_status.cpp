// Extension FetchAccountStatus: why a correct password does not let a
// contact in. Vtiger answers every refused login with the same "Login
// failed" (captures 04, 05); this answers only after the password matched,
// so it tells nothing to someone who does not know it.

#include "reference-crm/api/api_error.h"
#include "reference-crm/api/basic_auth.h"
#include "reference-crm/api/company_details.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/password.h"

namespace refcrm::api {

namespace {

constexpr const char* k_account_query
    = "SELECT l.password_hash, l.isactive = 1 AND c.portal = 1, c.support_start_date, c.support_end_date, "
      "c.support_start_date > CURDATE(), c.support_end_date < CURDATE() "
      "FROM portal_logins l JOIN contacts c ON c.id = l.contact_id "
      "WHERE l.user_name = ? AND l.cryptmode IN ('CRYPT', 'PHASH')";

std::string account_status(const storage::Row& row)
{
    if (row.text(1) != "1")
        return "disabled";
    if (row.text(4) == "1")
        return "not_started";
    return row.text(5) == "1" ? "expired" : "active";
}

// The same Basic-header-and-fields rule as every login (A.8.11).
bool credentials_agree(const ApiCall& call, const std::string& user, const std::string& password)
{
    auto basic = parse_basic_authorization(call.authorization.value_or(""));
    return basic && basic->user == user && basic->password == password && !user.empty() && user.size() <= 150;
}

}

// {"status":"active"|"expired"|"not_started"|"disabled",
//  "support_start_date","support_end_date","company":{FetchCompanyDetails}}
base::Result<json::Value> fetch_account_status(OperationContext& context)
{
    std::string user = context.call.field("username").value_or("");
    std::string password = context.call.field("password").value_or("");
    storage::Rows rows;
    if (credentials_agree(context.call, user, password))
        rows = TRY(context.db.query(k_account_query, { user }));
    if (rows.empty()) {
        [[maybe_unused]] auto spent = hash_password(password);
        return login_failed();
    }
    const storage::Row& row = rows.front();
    if (!verify_password(password, row.text(0)))
        return login_failed();
    json::Value result = json::Value::object();
    result.set("status", account_status(row));
    result.set("support_start_date", row.text(2));
    result.set("support_end_date", row.text(3));
    result.set("company", TRY(company_record(context.db, false)));
    return result;
}

}
