#include "reference-crm/api/scope.h"

namespace refcrm::api {

namespace {

// Organisations whose records the mode opens: none for mine (or without an
// organisation), the own one for all, plus member-of subsidiaries.
std::vector<std::int64_t> organisations_in_scope(const Customer& customer, ScopeMode mode)
{
    std::vector<std::int64_t> organisations;
    if (mode == ScopeMode::mine || !customer.organisation_id)
        return organisations;
    organisations.push_back(*customer.organisation_id);
    if (mode == ScopeMode::subsidiaries)
        organisations.insert(organisations.end(), customer.subsidiary_ids.begin(), customer.subsidiary_ids.end());
    return organisations;
}

// "?, ?, …" with the ids appended to the clause's params one by one: g++ 12
// at -O2 misreads initializer lists of variants as uninitialised.
std::string placeholders(ScopeClause& clause, const std::vector<std::int64_t>& ids)
{
    std::string list;
    for (std::int64_t id : ids) {
        list += list.empty() ? "?" : ", ?";
        clause.params.emplace_back(id);
    }
    return list;
}

void append(ScopeClause& to, const ScopeClause& part)
{
    to.sql += part.sql;
    to.params.insert(to.params.end(), part.params.begin(), part.params.end());
}

// "(a.contact_id = ? OR a.organisation_id IN (…))" for a table with both
// columns: cases, quotes, invoices, assets, projects, contracts.
ScopeClause party_scope(std::string_view alias, const Customer& customer, ScopeMode mode)
{
    std::string prefix(alias);
    ScopeClause clause { "(" + prefix + ".contact_id = ?", {} };
    clause.params.emplace_back(customer.contact_id);
    auto organisations = organisations_in_scope(customer, mode);
    if (!organisations.empty())
        clause.sql += " OR " + prefix + ".organisation_id IN (" + placeholders(clause, organisations) + ")";
    clause.sql += ")";
    return clause;
}

// Linked to the contact, to an organisation in scope, or to a case or
// project in scope (docs/json-api.md, Scope); inactive documents never (A.8.7).
ScopeClause document_scope(const Customer& customer, ScopeMode mode)
{
    ScopeClause clause { "r.active = 1 AND r.id IN (SELECT l.document_id FROM document_links l WHERE "
                         "(l.related_type_id = 12 AND l.related_id = ?)",
        {} };
    clause.params.emplace_back(customer.contact_id);
    auto organisations = organisations_in_scope(customer, mode);
    if (!organisations.empty())
        clause.sql += " OR (l.related_type_id = 11 AND l.related_id IN (" + placeholders(clause, organisations) + "))";
    clause.sql += " OR (l.related_type_id = 17 AND l.related_id IN (SELECT t.id FROM tickets t WHERE ";
    append(clause, party_scope("t", customer, mode));
    clause.sql += ")) OR (l.related_type_id = 29 AND l.related_id IN (SELECT p.id FROM projects p WHERE ";
    append(clause, party_scope("p", customer, mode));
    clause.sql += ")))";
    return clause;
}

// Items (type 14 products, 26 services) on the lines of the contact's
// quotes (4) and invoices (7): what the customer bought or was offered.
ScopeClause sold_items(std::string_view item_type, const Customer& customer)
{
    ScopeClause clause { "r.id IN (SELECT li.item_id FROM line_items li WHERE li.item_type_id = "
            + std::string(item_type)
            + " AND ((li.related_type_id = 4 AND li.related_id IN "
              "(SELECT q.id FROM quotes q WHERE ",
        {} };
    append(clause, party_scope("q", customer, ScopeMode::mine));
    clause.sql += ")) OR (li.related_type_id = 7 AND li.related_id IN (SELECT i.id FROM invoices i WHERE ";
    append(clause, party_scope("i", customer, ScopeMode::mine));
    clause.sql += "))))";
    return clause;
}

// "all": the whole catalogue; "mine": products of the contact's cases and
// of the lines of their quotes and invoices.
ScopeClause product_scope(const Customer& customer, ScopeMode mode)
{
    if (mode != ScopeMode::mine)
        return { "r.active = 1", {} };
    ScopeClause clause { "r.active = 1 AND (r.id IN (SELECT t.product_id FROM tickets t WHERE t.contact_id = ?) OR ",
        {} };
    clause.params.emplace_back(customer.contact_id);
    append(clause, sold_items("14", customer));
    clause.sql += ")";
    return clause;
}

// "all": the whole catalogue; "mine": services on the contact's quotes and
// invoices.
ScopeClause service_scope(const Customer& customer, ScopeMode mode)
{
    if (mode != ScopeMode::mine)
        return { "r.active = 1", {} };
    ScopeClause clause { "r.active = 1 AND ", {} };
    append(clause, sold_items("26", customer));
    return clause;
}

ScopeClause project_child_scope(const Customer& customer, ScopeMode mode)
{
    ScopeClause clause { "r.project_id IN (SELECT p.id FROM projects p WHERE ", {} };
    append(clause, party_scope("p", customer, mode));
    clause.sql += ")";
    return clause;
}

// The contact itself; with "all" also the other contacts of the
// organisations in scope, the colleagues the 5.x/6.x portals listed (a
// reference-CRM option: stock Vtiger 8 shows only the contact itself).
ScopeClause contact_scope(const Customer& customer, ScopeMode mode)
{
    ScopeClause clause { "(r.id = ?", {} };
    clause.params.emplace_back(customer.contact_id);
    auto organisations = organisations_in_scope(customer, mode);
    if (!organisations.empty())
        clause.sql += " OR r.organisation_id IN (" + placeholders(clause, organisations) + ")";
    clause.sql += ")";
    return clause;
}

ScopeClause organisation_scope(const Customer& customer)
{
    if (!customer.organisation_id)
        return { "1 = 0", {} };
    ScopeClause clause { "r.id = ?", {} };
    clause.params.emplace_back(*customer.organisation_id);
    return clause;
}

}

ScopeClause scope_clause(const ModuleDef& module, const Customer& customer, ScopeMode mode)
{
    switch (module.scope) {
    case ScopeRule::contact_or_organisation:
        return party_scope("r", customer, mode);
    case ScopeRule::published_faq:
        return { "r.status = 'Published'", {} };
    case ScopeRule::product_catalogue:
        return product_scope(customer, mode);
    case ScopeRule::service_catalogue:
        return service_scope(customer, mode);
    case ScopeRule::linked_documents:
        return document_scope(customer, mode);
    case ScopeRule::project_children:
        return project_child_scope(customer, mode);
    case ScopeRule::own_contact:
        return contact_scope(customer, mode);
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
    std::vector<storage::Param> params;
    params.emplace_back(row_id);
    params.insert(params.end(), scope.params.begin(), scope.params.end());
    storage::Rows rows = TRY(db.query(sql, params));
    return !rows.empty();
}

}
