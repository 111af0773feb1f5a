#include "reference-crm/admin/admin_support.h"

#include "base/strings.h"
#include "reference-crm/json.h"

#include <algorithm>
#include <ostream>

namespace refcrm::admin {

namespace {

// Width as a terminal shows it: UTF-8 continuation bytes take no column.
std::size_t display_width(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}

base::Error usage_error(std::string_view problem, std::string_view usage)
{
    std::string message = std::string(problem) + "\nusage: ";
    for (char c : base::trim(usage)) {
        message += c;
        if (c == '\n')
            message += "       ";
    }
    return base::Error("usage", message);
}

base::Error unknown(std::string message) { return base::Error("admin.unknown", std::move(message)); }

base::Error refused(std::string message) { return base::Error("admin.refused", std::move(message)); }

base::Result<bool> parse_switch(const std::string& word, std::string_view usage)
{
    std::string lower = base::to_lower(word);
    if (lower == "on" || lower == "yes" || lower == "1")
        return true;
    if (lower == "off" || lower == "no" || lower == "0")
        return false;
    return usage_error("'" + word + "' is neither on nor off", usage);
}

std::string_view on_off(bool on) { return on ? "on" : "off"; }

base::Result<const api::ModuleDef*> module_named(const std::string& name)
{
    std::string wanted = base::to_lower(name);
    std::vector<std::string> known;
    for (const auto& module : api::all_modules()) {
        if (base::to_lower(module.name) == wanted)
            return &module;
        known.emplace_back(module.name);
    }
    return unknown("no module '" + name + "'; the modules are: " + base::join(known, ", "));
}

base::Result<void> ensure_module_rows(storage::Connection& db, const api::ModuleDef& module)
{
    std::string name(module.name);
    TRY(db.update("INSERT IGNORE INTO customerportal_tabs (module, visible, sequence) "
                  "SELECT ?, 0, COALESCE(MAX(sequence), 0) + 1 FROM customerportal_tabs",
        { name }));
    json::Value fields = json::Value::object();
    for (const auto& field : module.fields) {
        if (field.mandatory)
            fields.set(std::string(field.name), json::Value::integer(0));
    }
    TRY(db.update("INSERT IGNORE INTO customerportal_fields (module, fieldinfo, records_visible) VALUES (?, ?, 0)",
        { name, json::serialize(fields) }));
    return {};
}

// column is one of the code's own names, never user input.
base::Result<std::string> settings_text(storage::Connection& db, std::string_view column)
{
    storage::Rows rows = TRY(db.query("SELECT " + std::string(column) + " FROM customerportal_settings WHERE id = 1"));
    return rows.empty() ? std::string() : rows.front().text(0);
}

base::Result<void> set_settings_text(storage::Connection& db, std::string_view column, const storage::Param& value)
{
    std::uint64_t changed
        = TRY(db.update("UPDATE customerportal_settings SET " + std::string(column) + " = ? WHERE id = 1", { value }));
    if (changed == 0) {
        // MariaDB counts an unchanged row as not affected: tell the two apart.
        storage::Rows rows = TRY(db.query("SELECT id FROM customerportal_settings WHERE id = 1"));
        if (rows.empty())
            return base::Error("admin.schema", "the portal settings row is missing: run reference-crm migrate");
    }
    return {};
}

Table::Table(std::vector<std::string> header) { m_rows.push_back(std::move(header)); }

void Table::add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }

void Table::print(std::ostream& out) const
{
    std::vector<std::size_t> widths;
    for (const auto& row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], display_width(row[column]));
    }
    for (const auto& row : m_rows) {
        std::string line;
        for (std::size_t column = 0; column < row.size(); ++column) {
            line += row[column];
            if (column + 1 < row.size())
                line += std::string(widths[column] - display_width(row[column]) + 2, ' ');
        }
        out << line << "\n";
    }
}

}
