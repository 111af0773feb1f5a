#pragma once

#include "base/error.h"

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
// The HTTP server before the CRM answered 502, 503 or 504: the CRM is down.
inline constexpr std::string_view k_unavailable = "crm.unavailable";
// The CRM answered, with another HTTP error (a stock Vtiger's empty 500).
inline constexpr std::string_view k_http_status = "crm.http_status";
inline constexpr std::string_view k_bad_envelope = "crm.bad_envelope";

// The client does not implement the operation.
inline constexpr std::string_view k_not_supported = "crm.not_supported";

// The connector's own settings are unusable (CRM URL, CA file, timeouts).
inline constexpr std::string_view k_bad_configuration = "crm.bad_configuration";

}

namespace crm {

// The CRM is out of reach (no connection, TLS refused, a proxy before it
// answering 502-504). An HTTP 500 or a broken answer is not: the CRM
// answered, badly, and the customer is told so rather than "unreachable".
inline bool is_unreachable(const base::Error& error)
{
    namespace codes = error_codes;
    return error.is(codes::k_cannot_connect) || error.is(codes::k_tls_failure) || error.is(codes::k_unavailable);
}

// The CRM answered and said no: a login it does not take, a record that is
// not the customer's, a value or a rule it refused, a used link.
inline bool is_refusal(const base::Error& error)
{
    namespace codes = error_codes;
    return error.is(codes::k_wrong_credentials) || error.is(codes::k_wrong_password) || error.is(codes::k_access_denied)
        || error.is(codes::k_record_not_found) || error.is(codes::k_validation_failed) || error.is(codes::k_crm_error)
        || error.is(codes::k_invalid_link);
}

// What a failed call means to the page that made it; every page maps CRM
// failures through this one reading.
enum class Failure {
    login_refused, // the CRM no longer takes the session's login
    not_found, // no such record, or not the customer's
    refused, // the CRM answered and did not take what was sent
    slow, // no answer in time (504)
    unreachable, // out of reach (503)
    bad_answer, // it answered, but not in the protocol: HTTP 500, a broken envelope (502)
};

inline Failure failure_of(const base::Error& error)
{
    namespace codes = error_codes;
    if (error.is(codes::k_wrong_credentials))
        return Failure::login_refused;
    if (error.is(codes::k_access_denied) || error.is(codes::k_record_not_found))
        return Failure::not_found;
    if (error.is(codes::k_timeout))
        return Failure::slow;
    if (is_unreachable(error))
        return Failure::unreachable;
    return is_refusal(error) ? Failure::refused : Failure::bad_answer;
}

// The HTTP status of a page that failed so (a refused login signs out first).
inline int failure_status(Failure failure)
{
    switch (failure) {
    case Failure::login_refused:
        return 401;
    case Failure::not_found:
        return 404;
    case Failure::refused:
        return 422;
    case Failure::slow:
        return 504;
    case Failure::unreachable:
        return 503;
    case Failure::bad_answer:
        break;
    }
    return 502;
}

}
