#include "reference-crm/storage/seed_demo_modules.h"

#include <array>

namespace refcrm::storage {

namespace {

struct Asset {
    const char* serial;
    const char* name;
    const char* product;
    const char* contact; // e-mail
    const char* status;
    int sold_days_ago;
};

constexpr std::array k_assets {
    Asset { "NW-RX200-0001", "Router X200 - London office", "Router X200", "mary.smith@northwind.example", "In Service",
        400 },
    Asset { "NW-FS3-0042", "Field Scanner S3 - Warehouse", "Field Scanner S3", "peter.jones@northwind.example",
        "In Service", 200 },
    Asset { "EW-FS3-0003", "Field Scanner S3 - Stockholm", "Field Scanner S3", "lena.berg@eastwind.example",
        "Out-of-service", 300 },
    Asset {
        "CT-RX200-0007", "Router X200 - Redmond lab", "Router X200", "tom.nolan@contoso.example", "In Service", 150 },
};

struct Task {
    const char* name;
    const char* status;
    const char* priority;
    const char* progress;
    int start_in_days;
    int end_in_days;
};

struct Milestone {
    const char* name;
    const char* type;
    int in_days;
};

struct Project {
    const char* name;
    const char* contact; // e-mail
    const char* status;
    const char* progress;
    const char* description;
    std::array<Task, 3> tasks;
    std::array<Milestone, 2> milestones;
};

const std::array k_projects {
    Project { "Northwind branch office rollout", "mary.smith@northwind.example", "in progress", "40%",
        "New routers, VPN and scanners for the Manchester branch.",
        { Task { "Site survey", "Completed", "normal", "100%", -20, -14 },
            Task { "Install routers", "In Progress", "high", "50%", -7, 7 },
            Task { "Staff training", "Open", "low", "0%", 10, 14 } },
        { Milestone { "Network live", "operative", 10 }, Milestone { "Handover", "administrative", 30 } } },
    Project { "Contoso lab upgrade", "tom.nolan@contoso.example", "initiated", "10%",
        "Replace the lab routers and license the help desk.",
        { Task { "Order hardware", "In Progress", "normal", "20%", -3, 5 }, Task {}, Task {} },
        { Milestone { "Lab ready", "operative", 21 }, Milestone {} } },
};

base::Result<void> seed_asset(Connection& db, const Asset& asset, std::int64_t agent)
{
    std::int64_t product = TRY(seed_lookup(db, "SELECT id FROM products WHERE name = ?", asset.product));
    std::int64_t contact = TRY(seed_lookup(db, "SELECT id FROM contacts WHERE email = ? ORDER BY id", asset.contact));
    TRY(db.update("INSERT INTO assets (serial_number, name, description) VALUES (?, ?, '') "
                  "ON DUPLICATE KEY UPDATE name = VALUES(name)",
        { std::string(asset.serial), std::string(asset.name) }));
    TRY(db.update("UPDATE assets a JOIN contacts c ON c.id = ? SET a.contact_id = c.id, "
                  "a.organisation_id = c.organisation_id, a.product_id = ?, a.status = ?, a.assigned_user_id = ?, "
                  "a.date_sold = CURDATE() - INTERVAL ? DAY, a.date_in_service = CURDATE() - INTERVAL ? DAY, "
                  "a.asset_no = CONCAT('AST', a.id), a.description = '' WHERE a.serial_number = ?",
        { contact, product, std::string(asset.status), agent, std::int64_t { asset.sold_days_ago },
            std::int64_t { asset.sold_days_ago - 10 }, std::string(asset.serial) }));
    return {};
}

base::Result<void> seed_task(Connection& db, std::int64_t project, const Task& task, std::int64_t agent)
{
    TRY(db.update("INSERT INTO project_tasks (project_id, name, description) VALUES (?, ?, '') "
                  "ON DUPLICATE KEY UPDATE name = VALUES(name)",
        { project, std::string(task.name) }));
    TRY(db.update("UPDATE project_tasks SET status = ?, priority = ?, progress = ?, assigned_user_id = ?, "
                  "start_date = CURDATE() + INTERVAL ? DAY, end_date = CURDATE() + INTERVAL ? DAY, "
                  "task_no = CONCAT('PT', id) WHERE project_id = ? AND name = ?",
        { std::string(task.status), std::string(task.priority), std::string(task.progress), agent,
            std::int64_t { task.start_in_days }, std::int64_t { task.end_in_days }, project, std::string(task.name) }));
    return {};
}

base::Result<void> seed_milestone(Connection& db, std::int64_t project, const Milestone& milestone, std::int64_t agent)
{
    TRY(db.update("INSERT INTO project_milestones (project_id, name, description) VALUES (?, ?, '') "
                  "ON DUPLICATE KEY UPDATE name = VALUES(name)",
        { project, std::string(milestone.name) }));
    TRY(db.update("UPDATE project_milestones SET type = ?, assigned_user_id = ?, "
                  "milestone_date = CURDATE() + INTERVAL ? DAY, milestone_no = CONCAT('PM', id) "
                  "WHERE project_id = ? AND name = ?",
        { std::string(milestone.type), agent, std::int64_t { milestone.in_days }, project,
            std::string(milestone.name) }));
    return {};
}

base::Result<void> seed_project(Connection& db, const Project& project, std::int64_t agent)
{
    std::int64_t contact = TRY(seed_lookup(db, "SELECT id FROM contacts WHERE email = ? ORDER BY id", project.contact));
    Rows found = TRY(db.query("SELECT id FROM projects WHERE name = ?", { std::string(project.name) }));
    std::int64_t id = found.empty()
        ? TRY(db.insert("INSERT INTO projects (name, description) VALUES (?, '')", { std::string(project.name) }))
        : found.front().integer(0).value_or(0);
    TRY(db.update("UPDATE projects p JOIN contacts c ON c.id = ? SET p.contact_id = c.id, "
                  "p.organisation_id = c.organisation_id, p.status = ?, p.progress = ?, p.description = ?, "
                  "p.assigned_user_id = ?, p.start_date = CURDATE() - INTERVAL 21 DAY, "
                  "p.target_end_date = CURDATE() + INTERVAL 30 DAY, p.project_no = CONCAT('PRJ', p.id) "
                  "WHERE p.id = ?",
        { contact, std::string(project.status), std::string(project.progress), std::string(project.description), agent,
            id }));
    for (const auto& task : project.tasks) {
        if (task.name)
            TRY(seed_task(db, id, task, agent));
    }
    for (const auto& milestone : project.milestones) {
        if (milestone.name)
            TRY(seed_milestone(db, id, milestone, agent));
    }
    return {};
}

}

base::Result<void> seed_demo_assets_projects(Connection& db, std::int64_t agent)
{
    for (const auto& asset : k_assets)
        TRY(seed_asset(db, asset, agent));
    for (const auto& project : k_projects)
        TRY(seed_project(db, project, agent));
    return {};
}

}
