#pragma once

#include "base/result.h"
#include "reference-crm/api/module_catalog.h"
#include "reference-crm/storage/database.h"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

// What the admin command groups share: their arguments, errors, names and
// tables.
namespace refcrm::admin {

using Words = std::vector<std::string>;

struct AdminIo {
    std::istream& in;
    std::ostream& out;
};

// One command group ("modules", "contact" …) with its usage lines.
struct CommandGroup {
    std::string_view name;
    std::string_view usage;
    base::Result<void> (*run)(storage::Connection& db, const Words& words, AdminIo& io);
};

// modules, scope
const std::vector<CommandGroup>& module_groups();
// fields, related
const std::vector<CommandGroup>& field_groups();
// assignee, announcement, widgets, shortcuts, url
const std::vector<CommandGroup>& home_groups();
// contact
const std::vector<CommandGroup>& contact_groups();

// A problem with the arguments, followed by the group's usage line(s).
base::Error usage_error(std::string_view problem, std::string_view usage);
base::Error unknown(std::string message);
base::Error refused(std::string message);

// "on"/"off" (also yes/no, 1/0).
base::Result<bool> parse_switch(const std::string& word, std::string_view usage);
std::string_view on_off(bool on);

// A module of the catalogue by name, in any letter case.
base::Result<const api::ModuleDef*> module_named(const std::string& name);

// The module's rows in customerportal_tabs and customerportal_fields,
// created when missing: a new tab row is hidden and last in the menu, a new
// field row shows the mandatory fields read-only with the scope "mine".
base::Result<void> ensure_module_rows(storage::Connection& db, const api::ModuleDef& module);

// The portal-wide settings row's text column (url, announcement, widgets,
// shortcuts), empty when NULL.
base::Result<std::string> settings_text(storage::Connection& db, std::string_view column);
base::Result<void> set_settings_text(storage::Connection& db, std::string_view column, const storage::Param& value);

// Rows of cells printed with every column as wide as its widest cell.
class Table {
public:
    explicit Table(std::vector<std::string> header);
    void add(std::vector<std::string> row);
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> m_rows;
};

}
