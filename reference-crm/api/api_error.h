#pragma once

#include "base/error.h"

#include <string>
#include <string_view>

namespace refcrm::api {

// Errors the API reports to the client carry Vtiger's code as the Error
// code: digits ("1412") are sent as a JSON number, anything else
// ("INVALID_ID_ATTRIBUTE") as a string. Other codes ("db.query") are
// internal and never reach the wire as such.
inline base::Error api_error(std::string_view message, int code = 1412)
{
    return base::Error(std::to_string(code), std::string(message));
}

inline base::Error api_error(std::string_view code, std::string_view message)
{
    return base::Error(std::string(code), std::string(message));
}

inline base::Error login_failed() { return api_error("Login failed"); }

}
