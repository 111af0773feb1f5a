#include "portal/handlers/new_password.h"

#include "portal/handlers/public_forms.h"
#include "portal/services/password_policy.h"

namespace portal {

namespace {

// The CRM stores at most this many bytes of a password.
constexpr std::size_t k_max_password = 128;

const PasswordPolicy k_policy {};

std::map<std::string, std::string> policy_values()
{
    return { { "min", std::to_string(k_policy.min_length) }, { "max", std::to_string(k_max_password) } };
}

}

std::vector<std::string> new_password_problems(
    const std::string& password, const std::string& again, const std::string& email)
{
    std::vector<std::string> problems = password_problems(k_policy, password, email);
    if (password.size() > k_max_password)
        problems.push_back("ERR_PASSWORD_TOO_LONG");
    if (password != again)
        problems.push_back("ERR_PASSWORDS_DIFFER");
    return problems;
}

void add_new_password_fields(const Request& request, ViewData& data, const std::vector<std::string>& problems)
{
    data.set("PASSWORD_RULES", request.words().format(k_password_rules, policy_values()));
    for (const auto& problem : problems)
        data.add_row("PASSWORD_PROBLEM").set("PROBLEM_TEXT", request.words().format(problem, policy_values()));
}

}
