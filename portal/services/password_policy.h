#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portal {

// The rules a new portal password must meet, shown next to every field that
// sets one and checked on the server (change password, reset link,
// invitation, sign-up). Each problem is a lang/ key, so the page says it in
// the customer's language.
struct PasswordPolicy {
    std::size_t min_length = 10;
};

// The rules as one sentence, for the hint beside the field ({min}: min_length).
inline constexpr const char* k_password_rules = "LBL_PASSWORD_RULES";
inline constexpr const char* k_password_too_short = "ERR_PASSWORD_TOO_SHORT";
inline constexpr const char* k_password_is_email = "ERR_PASSWORD_IS_EMAIL";
inline constexpr const char* k_password_too_common = "ERR_PASSWORD_TOO_COMMON";

// The lang/ keys of every rule the password breaks; empty when it is acceptable.
// Length counts characters (UTF-8 code points), not bytes.
std::vector<std::string> password_problems(
    const PasswordPolicy& policy, std::string_view password, std::string_view email);

// True for passwords on the list of the most used ones, compared without case,
// and for a password that is the e-mail's local part or one letter repeated.
bool is_common_password(std::string_view password, std::string_view email);

}
