#include "portal/services/password_policy.h"

#include "base/strings.h"

#include <algorithm>
#include <array>

namespace portal {

namespace {

// The most used passwords of public breach lists that are long enough to
// pass the length rule, and so must be refused by name.
constexpr std::array<std::string_view, 64> k_common_passwords = {
    "1234567890",
    "12345678910",
    "123456789a",
    "1234567890a",
    "0123456789",
    "1q2w3e4r5t",
    "1qaz2wsx3edc",
    "qwertyuiop",
    "qwerty1234",
    "qwerty12345",
    "qwertyuiop1",
    "asdfghjkl1",
    "zxcvbnm123",
    "password12",
    "password123",
    "password1234",
    "password!",
    "passw0rd123",
    "p@ssword123",
    "p@ssw0rd123",
    "iloveyou12",
    "iloveyou123",
    "abc1234567",
    "abcdefghij",
    "abcd123456",
    "aa12345678",
    "a123456789",
    "q1w2e3r4t5",
    "1111111111",
    "0000000000",
    "9876543210",
    "12341234",
    "football123",
    "baseball123",
    "superman123",
    "princess123",
    "sunshine123",
    "welcome123",
    "welcome1234",
    "letmein123",
    "monkey1234",
    "dragon1234",
    "master1234",
    "trustno1234",
    "starwars123",
    "computer123",
    "changeme123",
    "administrator",
    "admin12345",
    "admin123456",
    "whatever123",
    "qazwsxedc123",
    "football1",
    "basketball",
    "michael123",
    "jennifer123",
    "charlie123",
    "1234qwerty",
    "123qweasdzxc",
    "qwe123qwe123",
    "password2024",
    "password2025",
    "password2026",
    "summer2026",
};

std::size_t code_points(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool one_repeated_character(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [&](char c) { return c == text.front(); });
}

}

bool is_common_password(std::string_view password, std::string_view email)
{
    std::string lower = base::to_lower(password);
    std::string local_part = base::to_lower(email.substr(0, email.find('@')));
    if (one_repeated_character(lower) || (!local_part.empty() && lower == local_part))
        return true;
    return std::find(k_common_passwords.begin(), k_common_passwords.end(), lower) != k_common_passwords.end();
}

std::vector<std::string> password_problems(
    const PasswordPolicy& policy, std::string_view password, std::string_view email)
{
    std::vector<std::string> problems;
    if (code_points(password) < policy.min_length)
        problems.emplace_back(k_password_too_short);
    if (!email.empty() && base::to_lower(password) == base::to_lower(email))
        problems.emplace_back(k_password_is_email);
    else if (is_common_password(password, email))
        problems.emplace_back(k_password_too_common);
    return problems;
}

}
