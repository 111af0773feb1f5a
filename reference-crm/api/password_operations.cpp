#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/password_reset.h"
#include "reference-crm/password.h"

namespace refcrm::api {

namespace {

constexpr std::size_t k_min_password = 8;
constexpr std::size_t k_max_password = 128;
constexpr const char* k_changed = "Password changed successfully";
constexpr const char* k_neutral = "Mail has been sent to your mail id with the customer portal login details";

base::Result<std::string> new_password_hash(const ApiCall& call)
{
    std::string password = call.field("newPassword").value_or("");
    if (password.size() < k_min_password || password.size() > k_max_password)
        return api_error("Password must have 8 to 128 characters");
    return hash_password(password);
}

}

// Re-checks the current password, then stores the new one as bcrypt with
// cryptmode set (A.2.24, A.8.10). Outstanding reset links stop working.
base::Result<json::Value> change_password(OperationContext& context)
{
    storage::Rows rows = TRY(context.db.query(
        "SELECT password_hash FROM portal_logins WHERE contact_id = ?", { context.customer.contact_id }));
    if (rows.empty() || !verify_password(context.call.field("password").value_or(""), rows.front().text(0)))
        return api_error("Wrong password.Please try again");
    std::string hash = TRY(new_password_hash(context.call));
    TRY(store_password(context.db, context.customer.contact_id, hash));
    return json::Value(k_changed);
}

// Puts a one-time, expiring reset link into the outbox; never a password.
// The answer is the same whether or not the address is known (A.2.25).
base::Result<json::Value> forgot_password(OperationContext& context)
{
    std::string email(base::trim(context.call.field("email").value_or("")));
    if (!email.empty() && email.size() <= 150)
        TRY(issue_reset_link(context.db, email, context.settings.portal_url));
    return json::Value(k_neutral);
}

// Completes a reset link: token "<id>.<secret>" and newPassword.
base::Result<json::Value> reset_password(OperationContext& context)
{
    std::string hash = TRY(new_password_hash(context.call));
    TRY(redeem_reset_token(context.db, context.call.field("token").value_or(""), hash));
    return json::Value(k_changed);
}

}
