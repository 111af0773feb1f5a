#pragma once

#include <string_view>

// Stable codes of the errors a CrmClient returns (base::Error::code()).
namespace crm::error_codes {

// The CRM answered and refused.
inline constexpr std::string_view k_wrong_credentials = "crm.wrong_credentials";
// ChangePassword: the current password is wrong (the session's login may still be good).
inline constexpr std::string_view k_wrong_password = "crm.wrong_password";
inline constexpr std::string_view k_access_denied = "crm.access_denied";
inline constexpr std::string_view k_record_not_found = "crm.record_not_found";
inline constexpr std::string_view k_validation_failed = "crm.validation_failed";
inline constexpr std::string_view k_crm_error = "crm.error";
// A one-time link (reset, invitation, sign-up) that is unknown, used or expired.
inline constexpr std::string_view k_invalid_link = "crm.invalid_link";

// The CRM could not be reached or did not answer in the protocol.
inline constexpr std::string_view k_cannot_connect = "crm.cannot_connect";
inline constexpr std::string_view k_tls_failure = "crm.tls_failure";
inline constexpr std::string_view k_timeout = "crm.timeout";
inline constexpr std::string_view k_http_status = "crm.http_status";
inline constexpr std::string_view k_bad_envelope = "crm.bad_envelope";

// The client does not implement the operation.
inline constexpr std::string_view k_not_supported = "crm.not_supported";

// The connector's own settings are unusable (CRM URL, CA file, timeouts).
inline constexpr std::string_view k_bad_configuration = "crm.bad_configuration";

}
