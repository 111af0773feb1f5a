#include "crm-connector/crm_error_mapping.h"

#include "base/strings.h"
#include "crm-connector/crm_error.h"

#include <string>

namespace crm {

namespace {

namespace codes = error_codes;

bool is_wrong_credentials(std::string_view code, const std::string& text)
{
    // 1413/1414 come from the login check; a real Vtiger 8.3 answers a wrong
    // password with 1414 (capture 02).
    return code == "1413" || code == "1414" || code == "INVALID_USER_CREDENTIALS" || text == "login failed"
        || text == "login required";
}

// "<field> is not accessible." names one field of a filter (FetchRecords).
bool is_field_not_accessible(const std::string& text)
{
    std::string_view rest = text;
    if (rest.ends_with('.'))
        rest.remove_suffix(1);
    constexpr std::string_view suffix = " is not accessible";
    if (!rest.ends_with(suffix))
        return false;
    std::string_view field = rest.substr(0, rest.size() - suffix.size());
    return !field.empty() && field.find(' ') == std::string_view::npos;
}

bool is_validation_failure(std::string_view code, const std::string& text)
{
    return code == "MANDATORY_FIELDS_MISSING" || is_field_not_accessible(text)
        || (text.starts_with("sort by ") && text.ends_with(" not allowed")) || text == "invalid sorting order"
        || text == "filter by field not accessible" || text == "specified fields not editable"
        || text == "search key is empty";
}

bool is_access_denied(std::string_view code, const std::string& text)
{
    return code == "ACCESS_DENIED" || text.find("not accessible") != std::string::npos
        || text.find("cannot be edited") != std::string::npos || text.find("cannot be created") != std::string::npos
        || text == "module is disabled." || text == "this faq is not published"
        || text == "no permission to perform this operation.";
}

}

std::string_view classify_crm_error(std::string_view code, std::string_view message)
{
    std::string text = base::to_lower(base::trim(message));
    // ChangePassword's own check of the current password (sic, no space).
    if (text == "wrong password.please try again")
        return codes::k_wrong_password;
    if (text == "invalid or expired token")
        return codes::k_invalid_link;
    if (is_wrong_credentials(code, text))
        return codes::k_wrong_credentials;
    if (code == "RECORD_NOT_FOUND" || text == "record does not exist")
        return codes::k_record_not_found;
    if (is_validation_failure(code, text))
        return codes::k_validation_failed;
    if (is_access_denied(code, text))
        return codes::k_access_denied;
    return codes::k_crm_error;
}

}
