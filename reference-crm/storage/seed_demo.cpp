#include "reference-crm/storage/seed_demo.h"

#include "reference-crm/password.h"
#include "reference-crm/storage/seed_demo_data.h"
#include "reference-crm/storage/seed_demo_extras.h"
#include "reference-crm/storage/seed_demo_modules.h"

#include <map>

namespace refcrm::storage {

namespace {

constexpr std::int64_t k_ticket_type = 17;

using IdMap = std::map<std::string_view, std::int64_t>;

Param text(std::string_view value) { return std::string(value); }

Param optional_id(const IdMap& ids, std::string_view name)
{
    auto found = ids.find(name);
    return found == ids.end() ? Param(nullptr) : Param(found->second);
}

base::Result<std::int64_t> single_id(Connection& db, const std::string& sql, const std::vector<Param>& params)
{
    Rows rows = TRY(db.query(sql, params));
    if (rows.empty() || !rows.front().integer(0))
        return base::Error("seed.lookup", "seed row not found after upsert");
    return *rows.front().integer(0);
}

// Finds a row by its natural key: updates it when found, inserts otherwise.
base::Result<std::int64_t> upsert(Connection& db, const std::string& find_sql, const std::vector<Param>& key,
    const std::string& update_sql, const std::string& insert_sql, const std::vector<Param>& values)
{
    Rows found = TRY(db.query(find_sql, key));
    if (found.empty())
        return db.insert(insert_sql, values);
    std::int64_t id = found.front().integer(0).value_or(0);
    std::vector<Param> update_params = values;
    update_params.emplace_back(id);
    TRY(db.update(update_sql, update_params));
    return id;
}

base::Result<IdMap> seed_users(Connection& db)
{
    IdMap ids;
    for (const auto& user : demo::users()) {
        TRY(db.update("INSERT INTO users (user_name, first_name, last_name, email, is_admin, status) "
                      "VALUES (?, ?, ?, ?, ?, 'Active') ON DUPLICATE KEY UPDATE first_name = VALUES(first_name), "
                      "last_name = VALUES(last_name), email = VALUES(email), is_admin = VALUES(is_admin), "
                      "status = 'Active'",
            { text(user.user_name), text(user.first_name), text(user.last_name), text(user.email),
                std::int64_t { user.is_admin } }));
        ids[user.user_name] = TRY(single_id(db, "SELECT id FROM users WHERE user_name = ?", { text(user.user_name) }));
    }
    return ids;
}

base::Result<IdMap> seed_organisations(Connection& db, std::int64_t owner)
{
    IdMap ids;
    for (const auto& organisation : demo::organisations()) {
        TRY(db.update("INSERT INTO organisations (name, phone, email, website, city, country, assigned_user_id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE phone = VALUES(phone), "
                      "email = VALUES(email), website = VALUES(website), city = VALUES(city), "
                      "country = VALUES(country), assigned_user_id = VALUES(assigned_user_id)",
            { text(organisation.name), text(organisation.phone), text(organisation.email), text(organisation.website),
                text(organisation.city), text(organisation.country), owner }));
        ids[organisation.name]
            = TRY(single_id(db, "SELECT id FROM organisations WHERE name = ?", { text(organisation.name) }));
    }
    for (const auto& organisation : demo::organisations()) {
        TRY(db.update("UPDATE organisations SET member_of = ? WHERE id = ?",
            { optional_id(ids, organisation.member_of), ids.at(organisation.name) }));
    }
    return ids;
}

base::Result<IdMap> seed_products(Connection& db, std::int64_t owner)
{
    IdMap ids;
    for (const auto& product : demo::products()) {
        TRY(db.update("INSERT INTO products (product_no, name, category, unit_price, description, active, "
                      "assigned_user_id) VALUES (?, ?, ?, ?, ?, 1, ?) ON DUPLICATE KEY UPDATE "
                      "product_no = VALUES(product_no), category = VALUES(category), "
                      "unit_price = VALUES(unit_price), description = VALUES(description), active = 1",
            { text(product.product_no), text(product.name), text(product.category), text(product.unit_price),
                text(product.description), owner }));
        ids[product.name] = TRY(single_id(db, "SELECT id FROM products WHERE name = ?", { text(product.name) }));
    }
    return ids;
}

struct SeedIds {
    IdMap users;
    IdMap organisations;
    IdMap products;
    std::int64_t agent = 0;
};

base::Result<void> seed_login(Connection& db, std::int64_t contact_id, const demo::Contact& contact)
{
    Rows existing = TRY(db.query("SELECT password_hash FROM portal_logins WHERE contact_id = ?", { contact_id }));
    std::string hash = existing.empty() ? std::string() : existing.front().text(0);
    // Keep a hash that still verifies, so a second seed changes nothing.
    if (!verify_password(contact.password, hash))
        hash = TRY(hash_password(contact.password));
    TRY(db.update("INSERT INTO portal_logins (contact_id, user_name, password_hash, cryptmode, isactive) "
                  "VALUES (?, ?, ?, 'CRYPT', 1) ON DUPLICATE KEY UPDATE user_name = VALUES(user_name), "
                  "password_hash = VALUES(password_hash), cryptmode = 'CRYPT', isactive = 1",
        { contact_id, text(contact.email), hash }));
    return {};
}

base::Result<std::int64_t> seed_contact(Connection& db, const demo::Contact& contact, const SeedIds& ids)
{
    std::vector<Param> values { text(contact.first_name), text(contact.last_name), text(contact.email),
        text(contact.phone), text(contact.title), ids.organisations.at(contact.organisation), ids.agent };
    std::int64_t id
        = TRY(upsert(db, "SELECT id FROM contacts WHERE email = ? ORDER BY id LIMIT 1", { text(contact.email) },
            "UPDATE contacts SET first_name = ?, last_name = ?, email = ?, phone = ?, title = ?, organisation_id = ?, "
            "assigned_user_id = ?, portal = 1, support_start_date = CURDATE() - INTERVAL 1 YEAR, "
            "support_end_date = CURDATE() + INTERVAL 2 YEAR WHERE id = ?",
            "INSERT INTO contacts (first_name, last_name, email, phone, title, organisation_id, assigned_user_id, "
            "portal, support_start_date, support_end_date) VALUES (?, ?, ?, ?, ?, ?, ?, 1, "
            "CURDATE() - INTERVAL 1 YEAR, CURDATE() + INTERVAL 2 YEAR)",
            values));
    TRY(seed_login(db, id, contact));
    return id;
}

base::Result<void> seed_comment(
    Connection& db, std::int64_t ticket_id, std::int64_t contact_id, std::int64_t agent, const demo::Comment& comment)
{
    // A comment is by the customer or by the agent: the other author column stays NULL.
    std::vector<Param> values(2);
    values[comment.from_customer ? 0 : 1] = comment.from_customer ? contact_id : agent;
    for (Param value : { Param(agent), Param(text(comment.from_customer ? "PORTAL" : "CRM")),
             Param(std::int64_t { comment.hours_ago }), Param(std::int64_t { comment.hours_ago }), Param(k_ticket_type),
             Param(ticket_id), Param(text(comment.text)) })
        values.push_back(std::move(value));
    TRY(upsert(db, "SELECT id FROM comments WHERE related_type_id = ? AND related_id = ? AND content = ?",
        { k_ticket_type, ticket_id, text(comment.text) },
        "UPDATE comments SET author_contact_id = ?, author_user_id = ?, owner_user_id = ?, source = ?, "
        "is_private = 0, created_at = NOW() - INTERVAL ? HOUR, modified_at = NOW() - INTERVAL ? HOUR, "
        "related_type_id = ?, related_id = ?, content = ? WHERE id = ?",
        "INSERT INTO comments (author_contact_id, author_user_id, owner_user_id, source, created_at, modified_at, "
        "related_type_id, related_id, content) VALUES (?, ?, ?, ?, NOW() - INTERVAL ? HOUR, "
        "NOW() - INTERVAL ? HOUR, ?, ?, ?)",
        values));
    return {};
}

base::Result<void> seed_ticket(Connection& db, const demo::Ticket& ticket, std::int64_t contact_id,
    std::int64_t organisation_id, const SeedIds& ids)
{
    std::vector<Param> values { text(ticket.status), text(ticket.priority), text(ticket.severity),
        text(ticket.category), text(ticket.description), text(ticket.solution), organisation_id,
        optional_id(ids.products, ticket.product), ids.agent, std::int64_t { ticket.created_hours_ago },
        std::int64_t { ticket.modified_hours_ago }, contact_id, text(ticket.title) };
    std::int64_t id = TRY(
        upsert(db, "SELECT id FROM tickets WHERE contact_id = ? AND title = ?", { contact_id, text(ticket.title) },
            "UPDATE tickets SET status = ?, priority = ?, severity = ?, category = ?, description = ?, solution = ?, "
            "organisation_id = ?, product_id = ?, assigned_user_id = ?, created_at = NOW() - INTERVAL ? HOUR, "
            "modified_at = NOW() - INTERVAL ? HOUR, contact_id = ?, title = ? WHERE id = ?",
            "INSERT INTO tickets (status, priority, severity, category, description, solution, organisation_id, "
            "product_id, assigned_user_id, created_at, modified_at, contact_id, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, NOW() - INTERVAL ? HOUR, NOW() - INTERVAL ? HOUR, ?, ?)",
            values));
    TRY(db.update("UPDATE tickets SET ticket_no = CONCAT('TT', id) WHERE id = ? AND ticket_no IS NULL", { id }));
    for (const auto& comment : ticket.comments)
        TRY(seed_comment(db, id, contact_id, ids.agent, comment));
    return {};
}

base::Result<void> seed_faqs(Connection& db, const SeedIds& ids)
{
    int age = 24 * 60;
    for (const auto& faq : demo::faqs()) {
        age -= 24 * 5;
        std::vector<Param> values { text(faq.answer), text(faq.category), text(faq.status),
            optional_id(ids.products, faq.product), std::int64_t { age }, std::int64_t { age }, text(faq.question) };
        TRY(upsert(db, "SELECT id FROM faqs WHERE question = ?", { text(faq.question) },
            "UPDATE faqs SET answer = ?, category = ?, status = ?, product_id = ?, "
            "created_at = NOW() - INTERVAL ? HOUR, modified_at = NOW() - INTERVAL ? HOUR, question = ? WHERE id = ?",
            "INSERT INTO faqs (answer, category, status, product_id, created_at, modified_at, question) "
            "VALUES (?, ?, ?, ?, NOW() - INTERVAL ? HOUR, NOW() - INTERVAL ? HOUR, ?)",
            values));
    }
    return {};
}

base::Result<void> seed_portal_settings(Connection& db, std::int64_t agent)
{
    for (const auto& module : demo::portal_modules()) {
        TRY(db.update("INSERT INTO customerportal_tabs (module, visible, sequence, createrecord, editrecord) "
                      "VALUES (?, 1, ?, ?, ?) ON DUPLICATE KEY UPDATE visible = 1, sequence = VALUES(sequence), "
                      "createrecord = VALUES(createrecord), editrecord = VALUES(editrecord)",
            { text(module.module), std::int64_t { module.sequence }, std::int64_t { module.create },
                std::int64_t { module.edit } }));
        TRY(db.update("INSERT INTO customerportal_fields (module, fieldinfo, records_visible) VALUES (?, ?, ?) "
                      "ON DUPLICATE KEY UPDATE fieldinfo = VALUES(fieldinfo), include_subsidiaries = 0, "
                      "records_visible = VALUES(records_visible)",
            { text(module.module), text(module.fieldinfo), std::int64_t { module.records_visible_all } }));
    }
    TRY(db.update("UPDATE customerportal_settings SET default_assignee = ?, announcement = ? WHERE id = 1",
        { agent, text(demo::announcement()) }));
    return {};
}

// Read from a stock Vtiger 8.3's customerportal_fields after its installer.
constexpr std::pair<const char*, const char*> k_vtiger_default_fields[] = {
    { "Contacts", R"({"lastname":1,"assigned_user_id":1})" },
    { "Accounts", R"({"accountname":1,"assigned_user_id":1})" },
    { "Documents", R"({"notes_title":1,"assigned_user_id":1,"filename":0})" },
    { "HelpDesk",
        R"({"ticket_title":1,"assigned_user_id":1,"ticketpriorities":1,"ticketstatus":1,"description":1,)"
        R"("product_id":1,"ticketseverities":1,"ticketcategories":1})" },
    { "Products", R"({"productname":1,"assigned_user_id":1})" },
    { "Faq", R"({"faqstatus":1,"question":1,"faq_answer":1})" },
    { "Quotes", R"({"subject":1,"quotestage":1,"account_id":1,"assigned_user_id":1,"bill_street":1,"ship_street":1})" },
    { "Invoice", R"({"subject":1,"account_id":1,"assigned_user_id":1,"bill_street":1,"ship_street":1})" },
    { "ServiceContracts", R"({"subject":1,"assigned_user_id":1})" },
    { "Services", R"({"servicename":1})" },
    { "ProjectMilestone", R"({"projectmilestonename":1,"projectid":1,"assigned_user_id":1})" },
    { "ProjectTask", R"({"projecttaskname":1,"projectid":1,"assigned_user_id":1})" },
    { "Project", R"({"projectname":1,"assigned_user_id":1})" },
    { "Assets",
        R"({"product":1,"serialnumber":1,"assigned_user_id":1,"datesold":1,"dateinservice":1,)"
        R"("assetstatus":1,"assetname":1,"account":1})" },
};

}

base::Result<void> use_vtiger_default_portal_fields(Connection& db)
{
    for (const auto& [module, fieldinfo] : k_vtiger_default_fields)
        TRY(db.update(
            "UPDATE customerportal_fields SET fieldinfo = ? WHERE module = ?", { text(fieldinfo), text(module) }));
    return {};
}

namespace {

base::Result<void> seed_everything(Connection& db)
{
    SeedIds ids;
    ids.users = TRY(seed_users(db));
    ids.agent = ids.users.at(demo::k_agent_user);
    ids.organisations = TRY(seed_organisations(db, ids.agent));
    ids.products = TRY(seed_products(db, ids.agent));
    for (const auto& contact : demo::contacts()) {
        std::int64_t contact_id = TRY(seed_contact(db, contact, ids));
        for (const auto& ticket : contact.tickets)
            TRY(seed_ticket(db, ticket, contact_id, ids.organisations.at(contact.organisation), ids));
    }
    TRY(seed_faqs(db, ids));
    TRY(seed_portal_settings(db, ids.agent));
    TRY(seed_demo_sales(db, ids.agent));
    TRY(seed_demo_assets_projects(db, ids.agent));
    TRY(seed_demo_contracts_and_project_comments(db, ids.agent));
    TRY(seed_demo_documents(db, ids.agent));
    return seed_demo_extras(db, ids.agent);
}

}

base::Result<void> seed_demo(Connection& db)
{
    TRY(db.begin());
    auto seeded = seed_everything(db);
    if (!seeded.ok()) {
        db.rollback();
        return seeded;
    }
    return db.commit();
}

}
