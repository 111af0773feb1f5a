#include "reference-crm/storage/seed_demo_modules.h"

#include <array>
#include <cstdio>

namespace refcrm::storage {

namespace {

constexpr std::int64_t k_quote_type = 4;
constexpr std::int64_t k_invoice_type = 7;
constexpr std::int64_t k_product_type = 14;
constexpr std::int64_t k_service_type = 26;

struct Service {
    const char* number;
    const char* name;
    const char* category;
    const char* unit;
    const char* price;
    const char* description;
};

constexpr std::array k_services {
    Service { "SRV1", "Premium Support", "Support", "Month", "150.00", "Four-hour response, seven days a week." },
    Service { "SRV2", "On-site Installation", "Installation", "Hours", "95.00", "A technician installs on site." },
    Service { "SRV3", "Network Health Check", "Consulting", "Hours", "120.00", "Audit of routers, VPN and Wi-Fi." },
};

// Amounts in cents, percentages in hundredths, so that totals add up.
struct Line {
    bool service = false;
    const char* item = "";
    std::int64_t quantity = 1;
    std::int64_t price_cents = 0;
    std::int64_t discount_percent = 0;
    std::int64_t tax_percent = 0;
};

struct Sale {
    bool invoice = false;
    const char* subject = "";
    const char* contact = ""; // e-mail
    const char* stage = ""; // quote stage or invoice status
    const char* street = "";
    int days_ago = 0;
    bool paid = false;
    std::array<Line, 3> lines = {};
};

const std::array k_sales {
    Sale { false, "Northwind branch office network", "mary.smith@northwind.example", "Delivered",
        "1 Harbour Row, London", 20, false,
        { Line { false, "Router X200", 3, 24900, 5, 20 }, Line { true, "On-site Installation", 6, 9500, 0, 20 } } },
    Sale { false, "Northwind scanner refresh", "peter.jones@northwind.example", "Created", "1 Harbour Row, London", 5,
        false, { Line { false, "Field Scanner S3", 10, 59900, 10, 20 } } },
    Sale { false, "Eastwind backup rollout", "lena.berg@eastwind.example", "Reviewed", "Sveavägen 12, Stockholm", 12,
        false,
        { Line { false, "CloudSync Backup", 25, 1200, 0, 25 }, Line { true, "Premium Support", 12, 15000, 0, 25 } } },
    Sale { false, "Contoso helpdesk licences", "tom.nolan@contoso.example", "Delivered", "One Microsoft Way, Redmond",
        9, false,
        { Line { false, "Helpdesk Plus License", 15, 8900, 0, 8 },
            Line { true, "Network Health Check", 8, 12000, 0, 8 } } },
    Sale { true, "Northwind Q3 hardware", "mary.smith@northwind.example", "Paid", "1 Harbour Row, London", 60, true,
        { Line { false, "Router X200", 2, 24900, 0, 20 }, Line { true, "Premium Support", 3, 15000, 0, 20 } } },
    Sale { true, "Northwind scanners", "peter.jones@northwind.example", "Sent", "1 Harbour Row, London", 14, false,
        { Line { false, "Field Scanner S3", 4, 59900, 5, 20 } } },
    Sale { true, "Eastwind subscriptions", "lena.berg@eastwind.example", "Approved", "Sveavägen 12, Stockholm", 30,
        false, { Line { false, "CloudSync Backup", 25, 1200, 0, 25 } } },
    Sale { true, "Contoso licences 2025", "tom.nolan@contoso.example", "Sent", "One Microsoft Way, Redmond", 7, false,
        { Line { false, "Helpdesk Plus License", 15, 8900, 10, 8 },
            Line { true, "Premium Support", 1, 15000, 0, 8 } } },
};

std::string money(std::int64_t cents)
{
    char text[32];
    std::snprintf(
        text, sizeof text, "%lld.%02lld", static_cast<long long>(cents / 100), static_cast<long long>(cents % 100));
    return text;
}

// Rounded to the cent: amount × percent / 100.
std::int64_t percent_of(std::int64_t cents, std::int64_t percent) { return (cents * percent + 50) / 100; }

struct Totals {
    std::int64_t subtotal = 0;
    std::int64_t tax = 0;
};

base::Result<void> seed_services(Connection& db, std::int64_t agent)
{
    for (const auto& service : k_services) {
        TRY(db.update("INSERT INTO services (service_no, name, category, usage_unit, unit_price, description, active, "
                      "assigned_user_id) VALUES (?, ?, ?, ?, ?, ?, 1, ?) ON DUPLICATE KEY UPDATE "
                      "service_no = VALUES(service_no), category = VALUES(category), usage_unit = VALUES(usage_unit), "
                      "unit_price = VALUES(unit_price), description = VALUES(description), active = 1",
            { std::string(service.number), std::string(service.name), std::string(service.category),
                std::string(service.unit), std::string(service.price), std::string(service.description), agent }));
    }
    return {};
}

base::Result<Totals> seed_lines(Connection& db, std::int64_t type, std::int64_t sale_id, const Sale& sale)
{
    Totals totals;
    std::int64_t sequence = 0;
    for (const auto& line : sale.lines) {
        if (line.quantity == 0 || line.item[0] == '\0')
            continue;
        std::string table = line.service ? "services" : "products";
        std::int64_t item = TRY(seed_lookup(db, "SELECT id FROM " + table + " WHERE name = ?", line.item));
        std::int64_t gross = line.quantity * line.price_cents;
        std::int64_t discount = percent_of(gross, line.discount_percent);
        std::int64_t net = gross - discount;
        totals.subtotal += net;
        totals.tax += percent_of(net, line.tax_percent);
        TRY(db.update("INSERT INTO line_items (related_type_id, related_id, sequence, item_type_id, item_id, quantity, "
                      "list_price, discount_percent, discount_amount, tax_percent, net_total) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE item_type_id = "
                      "VALUES(item_type_id), item_id = VALUES(item_id), quantity = VALUES(quantity), list_price = "
                      "VALUES(list_price), discount_percent = VALUES(discount_percent), discount_amount = "
                      "VALUES(discount_amount), tax_percent = VALUES(tax_percent), net_total = VALUES(net_total)",
            { type, sale_id, ++sequence, line.service ? k_service_type : k_product_type, item, line.quantity,
                money(line.price_cents), std::to_string(line.discount_percent), money(discount),
                std::to_string(line.tax_percent), money(net) }));
    }
    TRY(db.update("DELETE FROM line_items WHERE related_type_id = ? AND related_id = ? AND sequence > ?",
        { type, sale_id, sequence }));
    return totals;
}

base::Result<std::int64_t> upsert_sale(Connection& db, const Sale& sale, std::int64_t agent)
{
    std::string table = sale.invoice ? "invoices" : "quotes";
    std::int64_t contact = TRY(seed_lookup(db, "SELECT id FROM contacts WHERE email = ? ORDER BY id", sale.contact));
    Rows found = TRY(db.query("SELECT id FROM " + table + " WHERE subject = ?", { std::string(sale.subject) }));
    std::int64_t id = found.empty()
        ? TRY(db.insert("INSERT INTO " + table + " (subject, terms) VALUES (?, '')", { std::string(sale.subject) }))
        : found.front().integer(0).value_or(0);
    TRY(db.update("UPDATE " + table
            + " s JOIN contacts c ON c.id = ? SET s.contact_id = c.id, s.organisation_id = c.organisation_id, "
              "s.bill_street = ?, s.ship_street = ?, s.assigned_user_id = ?, "
              "s.terms = 'Payment within 30 days of the invoice date.', "
              "s.created_at = NOW() - INTERVAL ? DAY, s.modified_at = NOW() - INTERVAL ? DAY WHERE s.id = ?",
        { contact, std::string(sale.street), std::string(sale.street), agent, std::int64_t { sale.days_ago },
            std::int64_t { sale.days_ago }, id }));
    return id;
}

base::Result<void> seed_sale(Connection& db, const Sale& sale, std::int64_t agent)
{
    std::int64_t id = TRY(upsert_sale(db, sale, agent));
    Totals totals = TRY(seed_lines(db, sale.invoice ? k_invoice_type : k_quote_type, id, sale));
    std::int64_t grand = totals.subtotal + totals.tax;
    std::vector<Param> amounts { money(totals.subtotal), money(totals.subtotal), money(totals.tax), money(grand) };
    if (!sale.invoice) {
        amounts.emplace_back(std::string(sale.stage));
        amounts.emplace_back(std::int64_t { 30 - sale.days_ago });
        amounts.emplace_back(id);
        TRY(db.update("UPDATE quotes SET subtotal = ?, pre_tax_total = ?, tax_amount = ?, grand_total = ?, "
                      "discount_amount = 0, stage = ?, valid_till = CURDATE() + INTERVAL ? DAY, "
                      "quote_no = CONCAT('QUO', id) WHERE id = ?",
            amounts));
        return {};
    }
    std::int64_t received = sale.paid ? grand : 0;
    amounts.emplace_back(money(received));
    amounts.emplace_back(money(grand - received));
    amounts.emplace_back(std::string(sale.stage));
    amounts.emplace_back(std::int64_t { sale.days_ago });
    amounts.emplace_back(std::int64_t { sale.days_ago });
    amounts.emplace_back(id);
    TRY(db.update("UPDATE invoices SET subtotal = ?, pre_tax_total = ?, tax_amount = ?, grand_total = ?, "
                  "received = ?, balance = ?, discount_amount = 0, status = ?, invoice_no = CONCAT('INV', id), "
                  "invoice_date = CURDATE() - INTERVAL ? DAY, due_date = CURDATE() - INTERVAL ? DAY + INTERVAL 30 DAY "
                  "WHERE id = ?",
        amounts));
    return {};
}

}

base::Result<std::int64_t> seed_lookup(Connection& db, const std::string& sql, const std::string& key)
{
    Rows rows = TRY(db.query(sql, { key }));
    if (rows.empty() || !rows.front().integer(0))
        return base::Error("seed.lookup", "demo record '" + key + "' not found");
    return *rows.front().integer(0);
}

base::Result<void> seed_demo_sales(Connection& db, std::int64_t agent)
{
    TRY(seed_services(db, agent));
    for (const auto& sale : k_sales)
        TRY(seed_sale(db, sale, agent));
    return {};
}

}
