#include "reference-crm/storage/seed_demo_modules.h"

#include <array>

namespace refcrm::storage {

namespace {

constexpr std::int64_t k_project_type = 29;

struct Contract {
    const char* subject;
    const char* contact; // e-mail
    const char* status;
    const char* total_units;
    const char* used_units;
    int started_days_ago;
};

constexpr std::array k_contracts {
    Contract { "Northwind premium support 2026", "mary.smith@northwind.example", "In Progress", "120.00", "37.50", 90 },
    Contract { "Contoso lab support", "tom.nolan@contoso.example", "In Progress", "40.00", "6.00", 30 },
};

struct ProjectComment {
    const char* project;
    const char* contact; // e-mail of the customer who wrote it; empty: the agent
    const char* text;
    int hours_ago;
};

constexpr std::array k_project_comments {
    ProjectComment { "Northwind branch office rollout", "",
        "The routers for Manchester shipped today; installation starts Monday.", 30 },
    ProjectComment { "Northwind branch office rollout", "mary.smith@northwind.example",
        "Thanks. The server room is free from 8 am, ask for Dave at reception.", 20 },
    ProjectComment { "Contoso lab upgrade", "", "Hardware order placed with the distributor.", 12 },
};

base::Result<void> seed_contract(Connection& db, const Contract& contract, std::int64_t agent)
{
    std::int64_t contact
        = TRY(seed_lookup(db, "SELECT id FROM contacts WHERE email = ? ORDER BY id", contract.contact));
    Rows found = TRY(db.query("SELECT id FROM service_contracts WHERE subject = ?", { std::string(contract.subject) }));
    std::int64_t id = found.empty()
        ? TRY(db.insert("INSERT INTO service_contracts (subject) VALUES (?)", { std::string(contract.subject) }))
        : found.front().integer(0).value_or(0);
    TRY(db.update(
        "UPDATE service_contracts s JOIN contacts c ON c.id = ? SET s.contact_id = c.id, "
        "s.organisation_id = c.organisation_id, s.status = ?, s.tracking_unit = 'Hours', "
        "s.total_units = ?, s.used_units = ?, s.assigned_user_id = ?, "
        "s.start_date = CURDATE() - INTERVAL ? DAY, s.due_date = CURDATE() - INTERVAL ? DAY + INTERVAL 1 YEAR, "
        "s.contract_no = CONCAT('SERCON', s.id) WHERE s.id = ?",
        { contact, std::string(contract.status), std::string(contract.total_units), std::string(contract.used_units),
            agent, std::int64_t { contract.started_days_ago }, std::int64_t { contract.started_days_ago }, id }));
    return {};
}

base::Result<void> seed_project_comment(Connection& db, const ProjectComment& comment, std::int64_t agent)
{
    std::int64_t project = TRY(seed_lookup(db, "SELECT id FROM projects WHERE name = ?", comment.project));
    std::vector<Param> author { nullptr, agent };
    if (comment.contact[0] != '\0')
        author
            = { TRY(seed_lookup(db, "SELECT id FROM contacts WHERE email = ? ORDER BY id", comment.contact)), nullptr };
    Rows found = TRY(db.query("SELECT id FROM comments WHERE related_type_id = ? AND related_id = ? AND content = ?",
        { k_project_type, project, std::string(comment.text) }));
    if (found.empty())
        TRY(db.insert("INSERT INTO comments (related_type_id, related_id, content) VALUES (?, ?, ?)",
            { k_project_type, project, std::string(comment.text) }));
    TRY(db.update("UPDATE comments SET author_contact_id = ?, author_user_id = ?, owner_user_id = ?, source = ?, "
                  "is_private = 0, created_at = NOW() - INTERVAL ? HOUR, modified_at = NOW() - INTERVAL ? HOUR "
                  "WHERE related_type_id = ? AND related_id = ? AND content = ?",
        { author[0], author[1], agent, std::string(comment.contact[0] != '\0' ? "PORTAL" : "CRM"),
            std::int64_t { comment.hours_ago }, std::int64_t { comment.hours_ago }, k_project_type, project,
            std::string(comment.text) }));
    return {};
}

}

base::Result<void> seed_demo_contracts_and_project_comments(Connection& db, std::int64_t agent)
{
    for (const auto& contract : k_contracts)
        TRY(seed_contract(db, contract, agent));
    for (const auto& comment : k_project_comments)
        TRY(seed_project_comment(db, comment, agent));
    return {};
}

}
