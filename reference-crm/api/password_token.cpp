// Extension: what a reset or invitation link is before the portal asks for
// a new password (CheckPasswordToken). Redeeming it is ResetPasswordWithToken.

#include "reference-crm/api/link_token.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/password_reset.h"
#include "reference-crm/password.h"

namespace refcrm::api {

namespace {

constexpr const char* k_token_query
    = "SELECT t.secret_hash, t.used_at IS NOT NULL, t.expires_at <= NOW(), "
      "TIMESTAMPDIFF(MINUTE, t.created_at, t.expires_at), l.user_name "
      "FROM password_reset_tokens t JOIN portal_logins l ON l.contact_id = t.contact_id WHERE t.id = ?";

std::string token_status(const storage::Row& row)
{
    if (row.text(1) == "1")
        return "used";
    return row.text(2) == "1" ? "expired" : "valid";
}

// An invitation link lives longer than a reset link; that is the one thing
// the shared token table tells apart.
std::string token_purpose(const storage::Row& row)
{
    return row.integer(3).value_or(0) > k_reset_minutes ? "invitation" : "reset";
}

}

// {"status":"valid"|"used"|"expired","purpose":"reset"|"invitation"} and,
// for a valid link, the login's "email". Only a token whose secret matches
// gets an answer; anything else is 1412 "Invalid or expired token".
base::Result<json::Value> check_password_token(OperationContext& context)
{
    auto token = parse_link_token(context.call.field("token").value_or(""));
    if (!token)
        return invalid_token();
    storage::Rows rows = TRY(context.db.query(k_token_query, { token->id }));
    if (rows.empty()) {
        spend_token_check(token->secret);
        return invalid_token();
    }
    const storage::Row& row = rows.front();
    if (!verify_password(token->secret, row.text(0)))
        return invalid_token();
    json::Value result = json::Value::object();
    std::string status = token_status(row);
    result.set("status", status);
    result.set("purpose", token_purpose(row));
    if (status == "valid")
        result.set("email", row.text(4));
    return result;
}

}
