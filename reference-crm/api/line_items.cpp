#include "reference-crm/api/line_items.h"

#include "reference-crm/ws_id.h"

namespace refcrm::api {

namespace {

bool has_line_items(const ModuleDef& module)
{
    return module.type_id == k_quotes_type || module.type_id == k_invoice_type;
}

const char* k_line_items_sql
    = "SELECT li.sequence, li.item_type_id, li.item_id, COALESCE(p.name, s.name, ''), li.quantity, li.list_price, "
      "li.discount_percent, li.discount_amount, li.net_total, li.tax_percent, "
      "ROUND(li.net_total * li.tax_percent / 100, 2), li.comment "
      "FROM line_items li "
      // 14 Products, 26 Services (module_catalog.h)
      "LEFT JOIN products p ON li.item_type_id = 14 AND p.id = li.item_id "
      "LEFT JOIN services s ON li.item_type_id = 26 AND s.id = li.item_id "
      "WHERE li.related_type_id = ? AND li.related_id = ? ORDER BY li.sequence";

json::Value line_item(const storage::Row& row)
{
    int item_type = static_cast<int>(row.integer(1).value_or(0));
    json::Value item = json::Value::object();
    item.set("sequence_no", row.text(0));
    item.set("productid", format_ws_id(item_type, row.integer(2).value_or(0)));
    item.set("entity_type", item_type == k_services_type ? "Services" : "Products");
    item.set("product_name", row.text(3));
    item.set("quantity", row.text(4));
    item.set("listprice", row.text(5));
    item.set("discount_percent", row.text(6));
    item.set("discount_amount", row.text(7));
    item.set("netprice", row.text(8));
    item.set("tax_percent", row.text(9));
    item.set("tax_amount", row.text(10));
    item.set("comment", row.text(11));
    return item;
}

}

base::Result<std::optional<json::Value>> line_items(
    storage::Connection& db, const ModuleDef& module, std::int64_t row_id)
{
    if (!has_line_items(module))
        return std::optional<json::Value>();
    storage::Rows rows = TRY(db.query(k_line_items_sql, { std::int64_t { module.type_id }, row_id }));
    json::Value items = json::Value::array();
    for (const auto& row : rows)
        items.push(line_item(row));
    return std::optional<json::Value>(std::move(items));
}

}
