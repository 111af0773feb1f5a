#pragma once

// What the reference CRM adds to Vtiger's customer-portal API (Help.txt,
// "Extensions of the reference CRM"). A Vtiger has none of these: ask
// fetch_extensions() first, and use Vtiger's own behaviour without them.

#include "crm-connector/crm_records.h"

#include <string>
#include <string_view>

namespace crm {

namespace extensions {
inline constexpr std::string_view k_check_password_token = "CheckPasswordToken";
inline constexpr std::string_view k_reset_password_with_token = "ResetPasswordWithToken";
inline constexpr std::string_view k_fetch_account_status = "FetchAccountStatus";
inline constexpr std::string_view k_fetch_login_history = "FetchLoginHistory";
inline constexpr std::string_view k_sign_up = "SignUp";
inline constexpr std::string_view k_confirm_sign_up = "ConfirmSignUp";
}

// A one-time link for setting a password (CheckPasswordToken).
struct PasswordLink {
    enum class Status { valid, used, expired };
    Status status = Status::valid;
    bool invitation = false; // first access rather than a forgotten password
    std::string email; // the login it sets the password of; only for a valid link
};

// Why a contact with the right password may or may not sign in
// (FetchAccountStatus, asked after a refused login).
struct AccountStatus {
    enum class State { active, expired, not_started, disabled };
    State state = State::active;
    std::string support_start_date; // "2026-01-31" or ""
    std::string support_end_date;
    Record company; // the company running the portal, as FetchCompanyDetails
};

// One sign-in of the contact (FetchLoginHistory), newest first.
struct SignIn {
    std::string time; // "2026-11-25 16:04:31", the CRM's time
    std::string browser; // the User-Agent the portal reported
    std::string address; // the customer's network address
};

// What the customer reports with UpdateLoginDetails to a CRM that keeps a
// sign-in history; Vtiger ignores the fields.
struct LoginClient {
    std::string browser;
    std::string address;
};

struct SignUpRequest {
    std::string first_name;
    std::string last_name;
    std::string email;
    std::string organisation; // may be empty
    std::string password;
};

}
