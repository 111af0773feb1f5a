#include "reference-crm/admin/admin_support.h"

#include "base/strings.h"
#include "reference-crm/json.h"
#include "reference-crm/utf8.h"
#include "reference-crm/ws_id.h"

#include <algorithm>
#include <istream>
#include <iterator>
#include <ostream>

// The portal-wide settings row (customerportal_settings, docs/json-api.md,
// The CRM's portal settings): default assignee, announcement, home widgets, shortcuts, URL.
namespace refcrm::admin {

namespace {

constexpr std::string_view k_assignee_usage = "reference-crm admin assignee [USER|none]";
constexpr std::string_view k_announcement_usage = "reference-crm admin announcement [set TEXT | set - | clear]";
constexpr std::string_view k_widgets_usage = "reference-crm admin widgets [enable|disable MODULE…]";
constexpr std::string_view k_shortcuts_usage = "reference-crm admin shortcuts [enable|disable MODULE SHORTCUT]";
constexpr std::string_view k_url_usage = "reference-crm admin url [URL]";

// The announcement column is TEXT.
constexpr std::size_t k_max_announcement = 65'535;

base::Result<void> print_assignee(storage::Connection& db, std::ostream& out)
{
    storage::Rows rows = TRY(db.query("SELECT u.id, u.user_name, CONCAT_WS(' ', NULLIF(u.first_name, ''), "
                                      "u.last_name) FROM customerportal_settings s JOIN users u "
                                      "ON u.id = s.default_assignee WHERE s.id = 1"));
    if (rows.empty()) {
        out << "new cases are assigned to: nobody (no default assignee)\n";
        return {};
    }
    const storage::Row& user = rows.front();
    out << "new cases are assigned to: " << user.text(2) << " (" << user.text(1) << ", "
        << format_ws_id(api::k_users_type, user.integer(0).value_or(0)) << ")\n";
    return {};
}

// A user by login name, "19x<id>" or id; only active users take cases.
base::Result<std::int64_t> active_user(storage::Connection& db, const std::string& name)
{
    auto ws_id = parse_ws_id(name);
    auto id = ws_id && ws_id->type_id == api::k_users_type ? std::optional(ws_id->row_id) : base::parse_int(name);
    storage::Rows rows = TRY(db.query("SELECT id, status FROM users WHERE user_name = ? OR id = ?",
        { name, id ? storage::Param(*id) : storage::Param(nullptr) }));
    if (rows.empty())
        return unknown("no CRM user '" + name + "' (give a user name or id)");
    if (rows.front().text(1) != "Active")
        return refused("user '" + name + "' is not active and cannot take new cases");
    return rows.front().integer(0).value_or(0);
}

base::Result<void> run_assignee(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (words.size() > 1)
        return usage_error("assignee takes one user", k_assignee_usage);
    if (words.size() == 1) {
        storage::Param user = nullptr;
        if (words[0] != "none")
            user = TRY(active_user(db, words[0]));
        TRY(set_settings_text(db, "default_assignee", user));
    }
    return print_assignee(db, io.out);
}

base::Result<std::string> announcement_text(const Words& words, AdminIo& io)
{
    if (words.size() != 2)
        return usage_error(
            "set needs the text as one argument (quote it), or - to read it from standard input", k_announcement_usage);
    std::string text = words[1];
    if (text == "-")
        text.assign(std::istreambuf_iterator<char>(io.in), std::istreambuf_iterator<char>());
    text = std::string(base::trim(text));
    if (text.empty())
        return usage_error("the announcement is empty; use clear to remove it", k_announcement_usage);
    if (text.size() > k_max_announcement)
        return refused("the announcement has " + std::to_string(text.size()) + " bytes; at most "
            + std::to_string(k_max_announcement) + " fit");
    for (std::size_t position = 0; position < text.size();) {
        std::size_t length = utf8::sequence_length(text, position);
        if (length == 0)
            return refused("the announcement is not valid UTF-8 text (byte " + std::to_string(position + 1) + ")");
        position += length;
    }
    return text;
}

base::Result<void> run_announcement(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (!words.empty() && words[0] == "set") {
        std::string text = TRY(announcement_text(words, io));
        TRY(set_settings_text(db, "announcement", text));
    } else if (!words.empty() && words[0] == "clear" && words.size() == 1) {
        TRY(set_settings_text(db, "announcement", nullptr));
    } else if (!words.empty()) {
        return usage_error("unknown action '" + words[0] + "'", k_announcement_usage);
    }
    std::string text = TRY(settings_text(db, "announcement"));
    io.out << (text.empty() ? "no announcement\n" : "announcement:\n" + text + "\n");
    return {};
}

// An object of flags {"name":1,…} in stored order, as pairs.
using Flags = std::vector<std::pair<std::string, bool>>;

Flags flags_of(const json::Value* object)
{
    Flags flags;
    if (!object || !object->is_object())
        return flags;
    for (const auto& [name, flag] : object->members())
        flags.emplace_back(name, flag.text() == "1" || flag.as_bool());
    return flags;
}

json::Value flags_value(const Flags& flags)
{
    json::Value object = json::Value::object();
    for (const auto& [name, on] : flags)
        object.set(name, json::Value::integer(on ? 1 : 0));
    return object;
}

void set_flag(Flags& flags, const std::string& name, bool on)
{
    auto found = std::find_if(flags.begin(), flags.end(), [&](const auto& flag) { return flag.first == name; });
    if (found == flags.end())
        flags.emplace_back(name, on);
    else
        found->second = on;
}

std::string flags_text(const Flags& flags)
{
    std::vector<std::string> parts;
    for (const auto& [name, on] : flags)
        parts.push_back(name + " " + std::string(on_off(on)));
    return parts.empty() ? "none" : base::join(parts, ", ");
}

// The modules whose newest records the home page can show (Vtiger's set).
constexpr std::string_view k_widget_modules[] = { "HelpDesk", "Documents", "Faq" };

base::Result<void> run_widgets(storage::Connection& db, const Words& words, AdminIo& io)
{
    auto parsed = json::parse(TRY(settings_text(db, "widgets")));
    Flags widgets = flags_of(parsed.ok() ? parsed->find("widgets") : nullptr);
    if (!words.empty()) {
        if ((words[0] != "enable" && words[0] != "disable") || words.size() == 1)
            return usage_error("widgets needs enable or disable and at least one module", k_widgets_usage);
        for (auto name = words.begin() + 1; name != words.end(); ++name) {
            const api::ModuleDef* module = TRY(module_named(*name));
            if (std::find(std::begin(k_widget_modules), std::end(k_widget_modules), module->name)
                == std::end(k_widget_modules))
                return refused("the home page has widgets for HelpDesk, Documents and Faq only");
            set_flag(widgets, std::string(module->name), words[0] == "enable");
        }
        json::Value stored = json::Value::object();
        stored.set("widgets", flags_value(widgets));
        TRY(set_settings_text(db, "widgets", json::serialize(stored)));
    }
    io.out << "home-page widgets: " << flags_text(widgets) << "\n";
    return {};
}

struct Shortcut {
    std::string_view module;
    std::string_view key;
    std::string_view meaning;
};

constexpr Shortcut k_shortcuts[] = {
    { "HelpDesk", "LBL_CREATE_TICKET", "open a new case (only while cases may be created)" },
    { "HelpDesk", "LBL_OPEN_TICKETS", "the open cases" },
    { "Documents", "LBL_ADD_DOCUMENT", "upload a document" },
};

using ShortcutMap = std::vector<std::pair<std::string, Flags>>;

ShortcutMap stored_shortcuts(const std::string& text)
{
    ShortcutMap shortcuts;
    auto parsed = json::parse(text);
    if (parsed.ok() && parsed->is_object()) {
        for (const auto& [module, keys] : parsed->members())
            shortcuts.emplace_back(module, flags_of(&keys));
    }
    return shortcuts;
}

Flags& module_shortcuts(ShortcutMap& shortcuts, const std::string& module)
{
    auto found
        = std::find_if(shortcuts.begin(), shortcuts.end(), [&](const auto& entry) { return entry.first == module; });
    if (found != shortcuts.end())
        return found->second;
    return shortcuts.emplace_back(module, Flags {}).second;
}

base::Result<void> change_shortcut(storage::Connection& db, ShortcutMap& shortcuts, const Words& words)
{
    if ((words[0] != "enable" && words[0] != "disable") || words.size() != 3)
        return usage_error("shortcuts needs enable or disable, a module and a shortcut", k_shortcuts_usage);
    const api::ModuleDef* module = TRY(module_named(words[1]));
    std::string key = words[2];
    bool known = std::any_of(std::begin(k_shortcuts), std::end(k_shortcuts),
        [&](const Shortcut& shortcut) { return shortcut.module == module->name && shortcut.key == key; });
    if (!known)
        return unknown("no shortcut " + key + " for " + std::string(module->name)
            + "; the shortcuts are: HelpDesk LBL_CREATE_TICKET, HelpDesk LBL_OPEN_TICKETS, Documents LBL_ADD_DOCUMENT");
    set_flag(module_shortcuts(shortcuts, std::string(module->name)), key, words[0] == "enable");
    json::Value stored = json::Value::object();
    for (const auto& [name, keys] : shortcuts)
        stored.set(name, flags_value(keys));
    return set_settings_text(db, "shortcuts", json::serialize(stored));
}

base::Result<void> run_shortcuts(storage::Connection& db, const Words& words, AdminIo& io)
{
    ShortcutMap shortcuts = stored_shortcuts(TRY(settings_text(db, "shortcuts")));
    if (!words.empty())
        TRY(change_shortcut(db, shortcuts, words));
    Table table({ "MODULE", "SHORTCUT", "SHOWN", "WHAT IT OFFERS" });
    for (const auto& shortcut : k_shortcuts) {
        const Flags& keys = module_shortcuts(shortcuts, std::string(shortcut.module));
        bool on = std::any_of(
            keys.begin(), keys.end(), [&](const auto& key) { return key.first == shortcut.key && key.second; });
        table.add({ std::string(shortcut.module), std::string(shortcut.key), std::string(on_off(on)),
            std::string(shortcut.meaning) });
    }
    table.print(io.out);
    return {};
}

bool valid_portal_url(const std::string& url)
{
    bool scheme = url.starts_with("https://") || url.starts_with("http://");
    bool clean = std::none_of(url.begin(), url.end(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == 0x7f;
    });
    return scheme && clean && url.size() <= 250 && url.find("://") + 3 < url.size();
}

// The portal's address, used in the links of invitation and reset mails.
base::Result<void> run_url(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (words.size() > 1)
        return usage_error("url takes one address", k_url_usage);
    if (words.size() == 1) {
        if (!valid_portal_url(words[0]))
            return usage_error(
                "'" + words[0] + "' is not an http:// or https:// address (at most 250 characters)", k_url_usage);
        TRY(set_settings_text(db, "url", words[0]));
    }
    std::string url = TRY(settings_text(db, "url"));
    io.out << "portal URL: " << (url.empty() ? "not set (mails with links cannot be sent)" : url) << "\n";
    return {};
}

}

const std::vector<CommandGroup>& home_groups()
{
    static const std::vector<CommandGroup> groups {
        { "assignee", k_assignee_usage, run_assignee },
        { "announcement", k_announcement_usage, run_announcement },
        { "widgets", k_widgets_usage, run_widgets },
        { "shortcuts", k_shortcuts_usage, run_shortcuts },
        { "url", k_url_usage, run_url },
    };
    return groups;
}

}
