#include "reference-crm/storage/seed_demo_extras.h"

#include "base/strings.h"
#include "reference-crm/storage/seed_demo_modules.h"

namespace refcrm::storage {

namespace {

constexpr std::int64_t k_ticket_type = 17;
constexpr std::int64_t k_faq_type = 3;

constexpr const char* k_shortcuts
    = R"({"HelpDesk":{"LBL_CREATE_TICKET":1,"LBL_OPEN_TICKETS":1},"Documents":{"LBL_ADD_DOCUMENT":1}})";
constexpr const char* k_widgets = R"({"widgets":{"HelpDesk":1,"Documents":1,"Faq":1}})";

struct RelatedTabs {
    const char* module;
    const char* tabs;
};

constexpr RelatedTabs k_related_tabs[] = {
    { "HelpDesk", R"([{"name":"History","value":1},{"name":"ModComments","value":1},{"name":"Documents","value":1}])" },
    { "Faq", R"([{"name":"ModComments","value":1}])" },
    { "Products", R"([{"name":"History","value":1}])" },
    { "Project",
        R"([{"name":"History","value":1},{"name":"ModComments","value":1},{"name":"ProjectTask","value":1},)"
        R"({"name":"ProjectMilestone","value":1},{"name":"Documents","value":1}])" },
    { "ProjectTask", R"([{"name":"History","value":1},{"name":"ModComments","value":1}])" },
    { "ProjectMilestone", R"([{"name":"History","value":1}])" },
    { "Invoice", R"([{"name":"History","value":1}])" },
    { "Quotes", R"([{"name":"History","value":1}])" },
    { "Services", R"([{"name":"History","value":1}])" },
    { "Documents", R"([{"name":"History","value":1}])" },
    { "Assets", R"([{"name":"History","value":1}])" },
    { "ServiceContracts", R"([{"name":"History","value":1}])" },
};

base::Result<void> seed_settings(Connection& db)
{
    TRY(db.update("UPDATE customerportal_settings SET shortcuts = ?, widgets = ?, url = ? WHERE id = 1",
        { std::string(k_shortcuts), std::string(k_widgets), std::string("http://localhost:8080") }));
    for (const auto& related : k_related_tabs) {
        TRY(db.update("INSERT INTO customerportal_relatedmoduleinfo (module, relatedmodules) VALUES (?, ?) "
                      "ON DUPLICATE KEY UPDATE relatedmodules = VALUES(relatedmodules)",
            { std::string(related.module), std::string(related.tabs) }));
    }
    TRY(db.update("UPDATE company_details SET organizationname = 'Bluebird Support Ltd', "
                  "address = '12 Harbour Street', city = 'Bristol', state = '', country = 'United Kingdom', "
                  "code = 'BS1 4QA', phone = '+44 117 496 0000', fax = '', website = 'https://bluebird.example', "
                  "vatid = 'GB123456789', logoname = '' WHERE id = 1"));
    return {};
}

// A "created" change set for every case without history, and a status
// change for cases that moved on from Open.
base::Result<void> seed_ticket_history(Connection& db, std::int64_t agent)
{
    Rows tickets = TRY(db.query("SELECT t.id, t.title, t.status, t.priority, t.contact_id, "
                                "DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i:%s'), "
                                "DATE_FORMAT(t.modified_at, '%Y-%m-%d %H:%i:%s') FROM tickets t "
                                "WHERE NOT EXISTS (SELECT 1 FROM history_changes h "
                                "WHERE h.related_type_id = 17 AND h.related_id = t.id)"));
    for (const auto& ticket : tickets) {
        std::int64_t id = ticket.integer(0).value_or(0);
        std::int64_t created = TRY(db.insert("INSERT INTO history_changes (related_type_id, related_id, contact_id, "
                                             "status, changed_at) VALUES (?, ?, ?, 2, ?)",
            { k_ticket_type, id, ticket.integer(4) ? Param(*ticket.integer(4)) : Param(nullptr), ticket.text(5) }));
        for (const auto& [field, value] : { std::pair { "ticket_title", ticket.text(1) },
                 std::pair { "ticketstatus", std::string("Open") }, std::pair { "ticketpriorities", ticket.text(3) } })
            TRY(db.update("INSERT INTO history_details (change_id, fieldname, prevalue, postvalue) "
                          "VALUES (?, ?, NULL, ?)",
                { created, std::string(field), value }));
        if (ticket.text(2) == "Open")
            continue;
        std::int64_t updated = TRY(db.insert("INSERT INTO history_changes (related_type_id, related_id, user_id, "
                                             "status, changed_at) VALUES (?, ?, ?, 0, ?)",
            { k_ticket_type, id, agent, ticket.text(6) }));
        TRY(db.update("INSERT INTO history_details (change_id, fieldname, prevalue, postvalue) "
                      "VALUES (?, 'ticketstatus', 'Open', ?)",
            { updated, ticket.text(2) }));
    }
    return {};
}

// A "created" change set for every quote and invoice without history, with
// the header fields as the API shows them (capture 138).
base::Result<void> seed_sales_history(Connection& db, std::int64_t agent)
{
    struct Tracked {
        std::int64_t type;
        const char* table;
        const char* status_field;
    };
    for (const Tracked& tracked :
        { Tracked { 4, "quotes", "quotestage" }, Tracked { 7, "invoices", "invoicestatus" } }) {
        std::string status_column = tracked.type == 4 ? "s.stage" : "s.status";
        Rows sales = TRY(db.query("SELECT s.id, s.subject, CONCAT('11x', s.organisation_id), " + status_column
                + ", s.grand_total, DATE_FORMAT(s.created_at, '%Y-%m-%d %H:%i:%s') FROM " + tracked.table
                + " s WHERE NOT EXISTS (SELECT 1 FROM history_changes h WHERE h.related_type_id = ? "
                  "AND h.related_id = s.id)",
            { tracked.type }));
        for (const auto& sale : sales) {
            std::int64_t created = TRY(db.insert("INSERT INTO history_changes (related_type_id, related_id, user_id, "
                                                 "status, changed_at) VALUES (?, ?, ?, 2, ?)",
                { tracked.type, sale.integer(0).value_or(0), agent, sale.text(5) }));
            for (const auto& [field, value] :
                { std::pair { "subject", sale.text(1) }, std::pair { "account_id", sale.text(2) },
                    std::pair { tracked.status_field, sale.text(3) }, std::pair { "hdnGrandTotal", sale.text(4) },
                    std::pair { "assigned_user_id", "19x" + std::to_string(agent) } })
                TRY(db.update("INSERT INTO history_details (change_id, fieldname, prevalue, postvalue) "
                              "VALUES (?, ?, NULL, ?)",
                    { created, std::string(field), value }));
        }
    }
    return {};
}

// The router log that Mary mentions in her last comment on the router case.
base::Result<void> seed_attachment(Connection& db)
{
    Rows comments
        = TRY(db.query("SELECT id FROM comments WHERE content LIKE 'Log exported from yesterday%' "
                       "AND NOT EXISTS (SELECT 1 FROM comment_attachments ca WHERE ca.comment_id = comments.id)"));
    for (const auto& comment : comments) {
        std::string log = "18:04:11 WAN1 link down (carrier lost)\n18:14:52 WAN1 link up, DHCP lease renewed\n";
        std::int64_t attachment = TRY(db.insert("INSERT INTO attachments (name, type, size, content_base64) "
                                                "VALUES ('router-log.txt', 'text/plain', ?, ?)",
            { static_cast<std::int64_t>(log.size()), base::base64_encode(log) }));
        TRY(db.update("INSERT INTO comment_attachments (comment_id, attachment_id) VALUES (?, ?)",
            { comment.integer(0).value_or(0), attachment }));
    }
    return {};
}

// What customers did with the knowledge base: comments by an agent or a
// customer (e-mail), and how often each article was read (view_count).
struct FaqReading {
    const char* question;
    int views;
    struct Comment {
        const char* customer_email; // nullptr: the agent wrote it
        const char* text;
        int hours_ago;
    } comments[2];
};

constexpr FaqReading k_faq_readings[] = {
    { "How do I reset my portal password?", 57,
        { { nullptr, "Tip: the reset link in the e-mail is valid for one hour.", 300 },
            { "peter.jones@northwind.example", "Worked for me, the e-mail came within a minute.", 200 } } },
    { "How do I reset the Router X200 to factory settings?", 88,
        { { "mary.smith@northwind.example", "After the reset the Wi-Fi password is the one on the label.", 90 },
            { nullptr, "Right: and the admin password is reset to the one printed there as well.", 80 } } },
    { "How do I pay an invoice?", 34,
        { { "tom.nolan@contoso.example", "Can we pay several invoices with one transfer?", 150 },
            { nullptr, "Yes: list every invoice number in the transfer reference.", 140 } } },
    { "Why was I signed out of the portal?", 12, {} },
    { "Where is my VAT number shown on invoices?", 5, {} },
};

base::Result<void> seed_faq_comment(
    Connection& db, std::int64_t faq, std::int64_t agent, const FaqReading::Comment& comment)
{
    Rows existing = TRY(db.query("SELECT id FROM comments WHERE related_type_id = ? AND related_id = ? AND content = ?",
        { k_faq_type, faq, std::string(comment.text) }));
    if (!existing.empty())
        return {};
    std::vector<Param> values(2);
    if (comment.customer_email)
        values[0] = TRY(seed_lookup(db, "SELECT id FROM contacts WHERE email = ?", comment.customer_email));
    else
        values[1] = agent;
    for (Param value : { Param(agent), Param(std::string(comment.customer_email ? "PORTAL" : "CRM")),
             Param(std::int64_t { comment.hours_ago }), Param(std::int64_t { comment.hours_ago }), Param(k_faq_type),
             Param(faq), Param(std::string(comment.text)) })
        values.push_back(std::move(value));
    TRY(db.insert("INSERT INTO comments (author_contact_id, author_user_id, owner_user_id, source, created_at, "
                  "modified_at, related_type_id, related_id, content) VALUES (?, ?, ?, ?, NOW() - INTERVAL ? HOUR, "
                  "NOW() - INTERVAL ? HOUR, ?, ?, ?)",
        values));
    return {};
}

base::Result<void> seed_faq_readings(Connection& db, std::int64_t agent)
{
    for (const auto& reading : k_faq_readings) {
        std::int64_t faq = TRY(seed_lookup(db, "SELECT id FROM faqs WHERE question = ?", reading.question));
        TRY(db.update("UPDATE faqs SET view_count = GREATEST(view_count, ?) WHERE id = ?",
            { std::int64_t { reading.views }, faq }));
        for (const auto& comment : reading.comments) {
            if (comment.text)
                TRY(seed_faq_comment(db, faq, agent, comment));
        }
    }
    return {};
}

}

base::Result<void> seed_demo_extras(Connection& db, std::int64_t agent)
{
    TRY(seed_settings(db));
    TRY(seed_ticket_history(db, agent));
    TRY(seed_sales_history(db, agent));
    TRY(seed_attachment(db));
    return seed_faq_readings(db, agent);
}

}
