#pragma once

#include <ostream>
#include <string>

namespace portal {

struct CheckOptions {
    std::string config_path;
    std::string root;
    std::string user; // empty: only check that the CRM answers
    std::string password;
};

// `portal check`: one line per step (config, themes and languages, the CRM,
// the customer's login), stopping with exit code 1 at the first failure;
// with a login, then one line per page (check_pages.h), exit code 1 when a
// page fails.
int run_check(const CheckOptions& options, std::ostream& out);

}
