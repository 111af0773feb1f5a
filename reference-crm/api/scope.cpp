#include "reference-crm/api/scope.h"

namespace refcrm::api {

namespace {

// "(r.contact_id = ? OR r.organisation_id IN (?, …))" over the
// organisation and its subsidiaries. Params are appended one by one: g++ 12
// at -O2 misreads initializer lists of variants as uninitialised.
ScopeClause subsidiaries_scope(const Customer& customer)
{
    ScopeClause clause;
    clause.sql = "(r.contact_id = ? OR r.organisation_id IN (?";
    clause.params.emplace_back(customer.contact_id);
    clause.params.emplace_back(*customer.organisation_id);
    for (std::int64_t id : customer.subsidiary_ids) {
        clause.sql += ", ?";
        clause.params.emplace_back(id);
    }
    clause.sql += "))";
    return clause;
}

ScopeClause ticket_scope(const Customer& customer, ScopeMode mode)
{
    if (mode == ScopeMode::subsidiaries && customer.organisation_id)
        return subsidiaries_scope(customer);
    // "all" widens to the tickets of the contact's organisation; a contact
    // without one stays at its own tickets.
    if (mode == ScopeMode::all && customer.organisation_id)
        return { "(r.contact_id = ? OR r.organisation_id = ?)", { customer.contact_id, *customer.organisation_id } };
    return { "r.contact_id = ?", { customer.contact_id } };
}

ScopeClause product_scope(const Customer& customer, ScopeMode mode)
{
    if (mode != ScopeMode::mine)
        return { "r.active = 1", {} };
    return { "r.active = 1 AND r.id IN (SELECT t.product_id FROM tickets t WHERE t.contact_id = ?)",
        { customer.contact_id } };
}

ScopeClause organisation_scope(const Customer& customer)
{
    if (!customer.organisation_id)
        return { "1 = 0", {} };
    return { "r.id = ?", { *customer.organisation_id } };
}

}

ScopeClause scope_clause(const ModuleDef& module, const Customer& customer, ScopeMode mode)
{
    switch (module.scope) {
    case ScopeRule::contact_tickets:
        return ticket_scope(customer, mode);
    case ScopeRule::published_faq:
        return { "r.status = 'Published'", {} };
    case ScopeRule::product_catalogue:
        return product_scope(customer, mode);
    case ScopeRule::own_contact:
        return { "r.id = ?", { customer.contact_id } };
    case ScopeRule::own_organisation:
        return organisation_scope(customer);
    }
    return { "1 = 0", {} };
}

base::Result<bool> is_record_accessible(
    storage::Connection& db, const ModuleDef& module, const Customer& customer, ScopeMode mode, std::int64_t row_id)
{
    ScopeClause scope = scope_clause(module, customer, mode);
    std::string sql = "SELECT 1 FROM " + std::string(module.table) + " r WHERE r.id = ? AND (" + scope.sql + ")";
    std::vector<storage::Param> params { row_id };
    params.insert(params.end(), scope.params.begin(), scope.params.end());
    storage::Rows rows = TRY(db.query(sql, params));
    return !rows.empty();
}

}
