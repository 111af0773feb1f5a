#include "portal/config.h"

#include "base/strings.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <variant>
#include <vector>

namespace portal {

namespace {

struct Assignment {
    std::string name;
    std::string value;
    bool quoted = false;
};

// Reads a quoted PHP string starting at text[0] (' or "); returns the value and
// moves text past the closing quote. No variable interpolation: a config file
// holds literals only.
std::optional<std::string> read_quoted(std::string_view& text)
{
    char quote = text.front();
    std::string value;
    for (std::size_t i = 1; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' && i + 1 < text.size() && (text[i + 1] == quote || text[i + 1] == '\\')) {
            value += text[++i];
        } else if (c == quote) {
            text.remove_prefix(i + 1);
            return value;
        } else {
            value += c;
        }
    }
    return std::nullopt;
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

bool is_comment_or_blank(std::string_view text)
{
    return text.empty() || text.starts_with("//") || text.starts_with("#");
}

// One line: `$name = 'value';` or `$name = 42;` with an optional trailing comment.
std::variant<Assignment, std::string> parse_assignment(std::string_view line)
{
    if (!line.starts_with('$'))
        return std::string("expected `$name = value;`");
    std::size_t end = 1;
    while (end < line.size() && is_name_char(line[end]))
        ++end;
    Assignment assignment { std::string(line.substr(1, end - 1)), "", false };
    if (assignment.name.empty())
        return std::string("a variable name must follow `$`");
    std::string_view rest = base::trim(line.substr(end));
    if (!rest.starts_with('='))
        return "expected `=` after $" + assignment.name;
    rest = base::trim(rest.substr(1));
    if (rest.starts_with('\'') || rest.starts_with('"')) {
        auto value = read_quoted(rest);
        if (!value)
            return "the string of $" + assignment.name + " has no closing quote";
        assignment.value = *value;
        assignment.quoted = true;
    } else {
        std::size_t stop = rest.find(';');
        assignment.value = std::string(base::trim(rest.substr(0, stop)));
        rest = stop == std::string_view::npos ? std::string_view() : rest.substr(stop);
        if (assignment.value.empty())
            return "$" + assignment.name + " has no value";
    }
    rest = base::trim(rest);
    if (!rest.starts_with(';'))
        return "expected `;` at the end of the line";
    if (!is_comment_or_blank(base::trim(rest.substr(1))))
        return "unexpected text after `;`";
    return assignment;
}

using Setter = std::function<std::optional<std::string>(Config&, const Assignment&)>;

Setter text_key(std::string Config::*member)
{
    return [member](Config& config, const Assignment& assignment) -> std::optional<std::string> {
        config.*member = assignment.value;
        return std::nullopt;
    };
}

Setter number_key(int Config::*member, int minimum, int maximum)
{
    return [=](Config& config, const Assignment& assignment) -> std::optional<std::string> {
        auto number = base::parse_int(assignment.value);
        if (!number || *number < minimum || *number > maximum)
            return "$" + assignment.name + " must be a whole number from " + std::to_string(minimum) + " to "
                + std::to_string(maximum);
        config.*member = static_cast<int>(*number);
        return std::nullopt;
    };
}

// A size in bytes, as a number or with a K, M or G suffix ("3M"), as PHP writes them.
Setter size_key(std::size_t Config::*member, std::size_t minimum, std::size_t maximum)
{
    return [=](Config& config, const Assignment& assignment) -> std::optional<std::string> {
        std::string digits = assignment.value;
        std::size_t unit = 1;
        if (!digits.empty() && std::string_view("kKmMgG").find(digits.back()) != std::string_view::npos) {
            char suffix = static_cast<char>(std::toupper(static_cast<unsigned char>(digits.back())));
            unit = suffix == 'K' ? 1024 : suffix == 'M' ? 1024 * 1024 : 1024 * 1024 * 1024;
            digits.pop_back();
        }
        auto number = base::parse_int(digits);
        if (!number || *number < 0 || static_cast<std::size_t>(*number) * unit < minimum
            || static_cast<std::size_t>(*number) > maximum / unit)
            return "$" + assignment.name + " must be a size in bytes from " + std::to_string(minimum) + " to "
                + std::to_string(maximum) + " (a K, M or G suffix may follow the number)";
        config.*member = static_cast<std::size_t>(*number) * unit;
        return std::nullopt;
    };
}

Setter flag_key(bool Config::*member)
{
    return [=](Config& config, const Assignment& assignment) -> std::optional<std::string> {
        std::string value = base::to_lower(assignment.value);
        if (value != "true" && value != "false" && value != "1" && value != "0")
            return "$" + assignment.name + " must be true or false";
        config.*member = value == "true" || value == "1";
        return std::nullopt;
    };
}

Setter pattern_key(std::string Config::*member, std::string_view allowed, std::string_view what)
{
    return [=](Config& config, const Assignment& assignment) -> std::optional<std::string> {
        bool good = !assignment.value.empty() && assignment.value.size() <= 64;
        for (char c : assignment.value)
            good = good && std::string_view(allowed).find(c) != std::string_view::npos;
        if (!good)
            return "$" + assignment.name + " must be " + std::string(what);
        config.*member = assignment.value;
        return std::nullopt;
    };
}

std::optional<std::string> set_site_url(Config& config, const Assignment& assignment)
{
    const std::string& url = assignment.value;
    if (!url.starts_with("http://") && !url.starts_with("https://"))
        return "$site_URL must start with http:// or https:// (the CRM's address, e.g. 'https://crm.example.com/')";
    if (url.find_first_of(" \t\"'<>") != std::string::npos)
        return "$site_URL must not contain spaces or quotes";
    config.site_url = url;
    return std::nullopt;
}

const std::map<std::string, Setter, std::less<>>& setters()
{
    static constexpr std::string_view k_lower_names = "abcdefghijklmnopqrstuvwxyz0123456789_-";
    static const std::map<std::string, Setter, std::less<>> table {
        { "site_URL", set_site_url },
        { "CompanyName", text_key(&Config::company_name) },
        { "logoPath", text_key(&Config::logo_path) },
        { "stylesheet_URL", text_key(&Config::stylesheet_url) },
        { "theme", pattern_key(&Config::theme, k_lower_names, "a theme folder name (a-z, 0-9, _ and -)") },
        { "language", pattern_key(&Config::language, k_lower_names, "a language code such as 'en_us'") },
        { "default_language", pattern_key(&Config::language, k_lower_names, "a language code such as 'en_us'") },
        { "crm_connect_timeout", number_key(&Config::crm_connect_timeout_seconds, 1, 120) },
        { "crm_timeout", number_key(&Config::crm_timeout_seconds, 1, 600) },
        { "crm_ca_file", text_key(&Config::crm_ca_file) },
        { "crm_verify_tls", flag_key(&Config::crm_verify_tls) },
        { "session_idle_minutes", number_key(&Config::session_idle_minutes, 1, 24 * 60) },
        { "session_lifetime_hours", number_key(&Config::session_lifetime_hours, 1, 24 * 30) },
        { "upload_maxsize", size_key(&Config::upload_max_bytes, 1024, 1024 * 1024 * 1024) },
        { "session_store", pattern_key(&Config::session_store, k_lower_names, "'memory' or 'mariadb'") },
        { "session_db_host", text_key(&Config::session_db_host) },
        { "session_db_port", number_key(&Config::session_db_port, 1, 65535) },
        { "session_db_socket", text_key(&Config::session_db_socket) },
        { "session_db_user", text_key(&Config::session_db_user) },
        { "session_db_password", text_key(&Config::session_db_password) },
        { "session_db_name", pattern_key(&Config::session_db_name, k_lower_names, "a database name (a-z, 0-9, _)") },
        { "secret_key_file", text_key(&Config::secret_key_file) },
        { "login_failures_per_account", number_key(&Config::login_failures_per_account, 1, 1000) },
        { "login_failures_per_address", number_key(&Config::login_failures_per_address, 1, 100000) },
        { "login_lockout_minutes", number_key(&Config::login_lockout_minutes, 1, 24 * 60) },
        { "support_notice_days", number_key(&Config::support_notice_days, 0, 365) },
        { "signup_enabled", flag_key(&Config::signup_enabled) },
        { "test_log_captcha_answers", flag_key(&Config::test_log_captcha_answers) },
    };
    return table;
}

// The session store's keys are checked together, after every line is read.
std::vector<std::string> session_store_problems(const Config& config)
{
    std::vector<std::string> problems;
    if (config.session_store != "memory" && config.session_store != "mariadb")
        problems.push_back("$session_store must be 'memory' or 'mariadb'");
    if (config.session_store == "mariadb" && config.session_db_user.empty())
        problems.push_back("$session_store = 'mariadb' needs $session_db_user (and its $session_db_password)");
    if (config.session_db_name.find('-') != std::string::npos)
        problems.push_back("$session_db_name must be a database name (a-z, 0-9, _)");
    return problems;
}

}

base::Result<Config> parse_config(std::string_view text, std::string_view file_name)
{
    Config config;
    std::vector<std::string> problems;
    auto problem = [&](std::size_t line_number, const std::string& what) {
        problems.push_back(std::string(file_name) + ":" + std::to_string(line_number) + ": " + what);
    };
    bool seen_site_url = false;
    auto lines = base::split(text, '\n');
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = base::trim(lines[i]);
        if (is_comment_or_blank(line) || line == "<?php" || line == "?>")
            continue;
        auto parsed = parse_assignment(line);
        if (auto* what = std::get_if<std::string>(&parsed)) {
            problem(i + 1, *what);
            continue;
        }
        auto& assignment = std::get<Assignment>(parsed);
        auto setter = setters().find(assignment.name);
        if (setter == setters().end()) {
            problem(i + 1, "unknown key $" + assignment.name + " (Help.txt lists every key)");
            continue;
        }
        if (auto what = setter->second(config, assignment))
            problem(i + 1, *what);
        seen_site_url = seen_site_url || assignment.name == "site_URL";
    }
    if (!seen_site_url)
        problems.push_back(std::string(file_name) + ": $site_URL is missing (the address of the CRM)");
    for (const auto& what : session_store_problems(config))
        problems.push_back(std::string(file_name) + ": " + what);
    if (!problems.empty())
        return base::Error("config.invalid", base::join(problems, "\n"));
    return config;
}

base::Result<Config> load_config(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return base::Error("config.unreadable", "cannot read the configuration file " + path);
    std::ostringstream text;
    text << file.rdbuf();
    Config config = TRY(parse_config(text.str(), path));
    auto key_file = std::filesystem::path(config.secret_key_file);
    if (!config.secret_key_file.empty() && key_file.is_relative())
        config.secret_key_file = (std::filesystem::path(path).parent_path() / key_file).string();
    return config;
}

}
