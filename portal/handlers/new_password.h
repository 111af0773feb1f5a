#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "portal/views/view_data.h"
#include "web/http_request.h"

#include <string>
#include <vector>

namespace portal {

// Every page that sets a password (reset link, invitation, sign-up) asks for
// it twice and checks it against the password policy.

// The lang/ keys of what is wrong; empty when the password can be used.
std::vector<std::string> new_password_problems(
    const std::string& password, const std::string& again, const std::string& email);

// PASSWORD_RULES (the hint beside the field) and a PASSWORD_PROBLEM row
// (PROBLEM_TEXT) for each problem.
void add_new_password_fields(const Request& request, ViewData& data, const std::vector<std::string>& problems);

}
