#include "reference-crm/storage/seed_demo_modules.h"

#include "base/strings.h"

#include <array>

namespace refcrm::storage {

namespace {

// Where a demo document is linked: a contact (e-mail), an organisation
// (name), a case (title), a project (name) or an FAQ (question).
enum class LinkTo { contact, organisation, ticket, project, faq };

struct Link {
    LinkTo kind = LinkTo::contact;
    const char* key = nullptr;
};

struct Document {
    const char* title;
    const char* filename; // a URL for an external document
    const char* filetype;
    const char* content; // nullptr: external
    bool active;
    std::array<Link, 2> links;
};

constexpr const char* k_agreement = "%PDF-1.4\n% Northwind Traders - service agreement\n"
                                    "Response time: 4 hours for urgent cases, 1 working day otherwise.\n"
                                    "Term: 12 months, renewed automatically.\n%%EOF\n";
constexpr const char* k_vpn_notes = "VPN setup for the Router X200\n1. Open Settings > VPN.\n"
                                    "2. Import the profile sent by support.\n3. Reconnect and test.\n";
constexpr const char* k_router_log = "Router X200 log analysis\nWAN1 drops at 18:04 daily: ISP carrier loss.\n"
                                     "Recommendation: enable WAN2 failover.\n";
constexpr const char* k_rollout_plan = "%PDF-1.4\n% Branch office rollout plan\nWeek 1: site survey\n"
                                       "Week 2-3: router installation\nWeek 4: staff training\n%%EOF\n";
constexpr const char* k_checklist = "Field Scanner S3 checklist\n- charge dock connected\n- firmware 3.2 or later\n";
constexpr const char* k_eastwind_guide = "%PDF-1.4\n% Eastwind Outfitters onboarding guide\n"
                                         "Your support portal login is your e-mail address.\n%%EOF\n";
constexpr const char* k_certificate = "%PDF-1.4\n% Helpdesk Plus licence certificate\nLicensee: Contoso\n"
                                      "Seats: 15\n%%EOF\n";
constexpr const char* k_old_prices = "Price list 2023 (withdrawn)\n";
constexpr const char* k_reset_card = "Router X200 factory reset\n1. Keep the router switched on.\n"
                                     "2. Hold the reset button for 10 seconds.\n3. Wait for the amber light.\n";
constexpr const char* k_payment_details = "Bank transfer details\nAccount: Northwind Services Ltd\n"
                                          "IBAN: GB00 DEMO 0000 0000 0000 00\nReference: your invoice number\n";

const std::array k_documents {
    Document { "Northwind service agreement", "service-agreement.pdf", "application/pdf", k_agreement, true,
        { Link { LinkTo::organisation, "Northwind Traders" }, Link {} } },
    Document { "VPN setup notes", "vpn-setup.txt", "text/plain", k_vpn_notes, true,
        { Link { LinkTo::contact, "mary.smith@northwind.example" }, Link {} } },
    Document { "Router log analysis", "router-log-analysis.txt", "text/plain", k_router_log, true,
        { Link { LinkTo::ticket, "Router drops connection every evening" }, Link {} } },
    Document { "Branch rollout plan", "rollout-plan.pdf", "application/pdf", k_rollout_plan, true,
        { Link { LinkTo::project, "Northwind branch office rollout" }, Link {} } },
    Document { "Scanner checklist", "scanner-checklist.txt", "text/plain", k_checklist, true,
        { Link { LinkTo::contact, "peter.jones@northwind.example" }, Link {} } },
    Document { "Eastwind onboarding guide", "onboarding-guide.pdf", "application/pdf", k_eastwind_guide, true,
        { Link { LinkTo::organisation, "Eastwind Outfitters" },
            Link { LinkTo::contact, "lena.berg@eastwind.example" } } },
    Document { "Helpdesk Plus licence certificate", "licence-certificate.pdf", "application/pdf", k_certificate, true,
        { Link { LinkTo::contact, "tom.nolan@contoso.example" }, Link { LinkTo::organisation, "Contoso" } } },
    Document { "Router X200 datasheet (online)", "https://northwind.example/docs/router-x200.pdf", "", nullptr, true,
        { Link { LinkTo::organisation, "Northwind Traders" }, Link {} } },
    Document { "Price list 2023 (withdrawn)", "price-list-2023.txt", "text/plain", k_old_prices, false,
        { Link { LinkTo::organisation, "Northwind Traders" }, Link {} } },
    Document { "Router X200 reset card", "router-x200-reset.txt", "text/plain", k_reset_card, true,
        { Link { LinkTo::faq, "How do I reset the Router X200 to factory settings?" }, Link {} } },
    Document { "Bank transfer details", "bank-transfer-details.txt", "text/plain", k_payment_details, true,
        { Link { LinkTo::faq, "How do I pay an invoice?" }, Link {} } },
};

struct LinkTarget {
    std::int64_t type;
    const char* sql;
};

LinkTarget target_of(LinkTo kind)
{
    switch (kind) {
    case LinkTo::contact:
        return { 12, "SELECT id FROM contacts WHERE email = ? ORDER BY id" };
    case LinkTo::organisation:
        return { 11, "SELECT id FROM organisations WHERE name = ?" };
    case LinkTo::ticket:
        return { 17, "SELECT id FROM tickets WHERE title = ? ORDER BY id" };
    case LinkTo::project:
        return { 29, "SELECT id FROM projects WHERE name = ?" };
    case LinkTo::faq:
        return { 3, "SELECT id FROM faqs WHERE question = ?" };
    }
    return { 0, "" };
}

// The file row of an internal document, created once and kept current.
base::Result<Param> seed_file(Connection& db, std::int64_t document_id, const Document& document)
{
    if (!document.content)
        return Param(nullptr);
    std::string content(document.content);
    Rows existing = TRY(
        db.query("SELECT attachment_id FROM documents WHERE id = ? AND attachment_id IS NOT NULL", { document_id }));
    std::vector<Param> values { std::string(document.filename), std::string(document.filetype),
        static_cast<std::int64_t>(content.size()), base::base64_encode(content) };
    if (existing.empty())
        return Param(
            TRY(db.insert("INSERT INTO attachments (name, type, size, content_base64) VALUES (?, ?, ?, ?)", values)));
    std::int64_t attachment = existing.front().integer(0).value_or(0);
    values.emplace_back(attachment);
    TRY(db.update("UPDATE attachments SET name = ?, type = ?, size = ?, content_base64 = ? WHERE id = ?", values));
    return Param(attachment);
}

base::Result<void> seed_document(Connection& db, const Document& document, std::int64_t agent)
{
    Rows found = TRY(db.query("SELECT id FROM documents WHERE title = ?", { std::string(document.title) }));
    std::int64_t id = found.empty()
        ? TRY(db.insert("INSERT INTO documents (title, note) VALUES (?, '')", { std::string(document.title) }))
        : found.front().integer(0).value_or(0);
    Param attachment = TRY(seed_file(db, id, document));
    std::int64_t size = document.content ? static_cast<std::int64_t>(std::string_view(document.content).size()) : 0;
    TRY(db.update("UPDATE documents SET filename = ?, filetype = ?, filesize = ?, location_type = ?, active = ?, "
                  "attachment_id = ?, assigned_user_id = ?, document_no = CONCAT('DOC', id) WHERE id = ?",
        { std::string(document.filename), std::string(document.filetype), size,
            std::string(document.content ? "I" : "E"), std::int64_t { document.active }, attachment, agent, id }));
    for (const auto& link : document.links) {
        if (!link.key)
            continue;
        LinkTarget target = target_of(link.kind);
        std::int64_t related = TRY(seed_lookup(db, target.sql, link.key));
        TRY(db.update("INSERT IGNORE INTO document_links (document_id, related_type_id, related_id) VALUES (?, ?, ?)",
            { id, target.type, related }));
    }
    return {};
}

}

base::Result<void> seed_demo_documents(Connection& db, std::int64_t agent)
{
    for (const auto& document : k_documents)
        TRY(seed_document(db, document, agent));
    return {};
}

}
