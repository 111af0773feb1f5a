#include "reference-crm/api/authenticator.h"

#include "reference-crm/api/api_error.h"
#include "reference-crm/password.h"

namespace refcrm::api {

namespace {

constexpr const char* k_login_query
    = "SELECT c.id, CONCAT_WS(' ', NULLIF(c.first_name, ''), c.last_name), o.id, o.name, l.password_hash "
      "FROM portal_logins l JOIN contacts c ON c.id = l.contact_id "
      "LEFT JOIN organisations o ON o.id = c.organisation_id "
      "WHERE l.user_name = ? AND l.isactive = 1 AND c.portal = 1 AND l.cryptmode IN ('CRYPT', 'PHASH') "
      "AND (c.support_start_date IS NULL OR c.support_start_date <= CURDATE()) "
      "AND (c.support_end_date IS NULL OR c.support_end_date >= CURDATE())";

// The member-of tree below an organisation (cycles are cut by UNION).
constexpr const char* k_subsidiaries_query
    = "WITH RECURSIVE tree (id) AS (SELECT id FROM organisations WHERE member_of = ? "
      "UNION SELECT o.id FROM organisations o JOIN tree t ON o.member_of = t.id) "
      "SELECT id FROM tree WHERE id <> ? ORDER BY id";

Customer customer_from_row(const storage::Row& row)
{
    Customer customer;
    customer.contact_id = row.integer(0).value_or(0);
    customer.contact_name = row.text(1);
    customer.organisation_id = row.integer(2);
    customer.organisation_name = row.text(3);
    return customer;
}

}

base::Result<Authenticator> Authenticator::create()
{
    std::string dummy = TRY(hash_password("dummy password for unknown users"));
    auto verified = TRY(VerifiedPasswords::create(std::chrono::minutes(5)));
    return Authenticator(std::move(dummy), std::move(verified));
}

void Authenticator::spend_password_check(std::string_view password) const
{
    [[maybe_unused]] bool ignored = verify_password(password, m_dummy_hash);
}

base::Result<Customer> Authenticator::authenticate(
    storage::Connection& db, std::string_view user_name, std::string_view password) const
{
    if (user_name.empty() || user_name.size() > 150) {
        spend_password_check(password);
        return login_failed();
    }
    storage::Rows rows = TRY(db.query(k_login_query, { std::string(user_name) }));
    if (rows.empty()) {
        spend_password_check(password);
        return login_failed();
    }
    if (!m_verified->verify(password, rows.front().text(4)))
        return login_failed();
    Customer customer = customer_from_row(rows.front());
    if (customer.organisation_id) {
        storage::Rows tree
            = TRY(db.query(k_subsidiaries_query, { *customer.organisation_id, *customer.organisation_id }));
        for (const auto& row : tree)
            customer.subsidiary_ids.push_back(row.integer(0).value_or(0));
    }
    return customer;
}

}
