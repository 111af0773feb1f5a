#pragma once

#include "base/result.h"

#include <string>
#include <string_view>

namespace refcrm {

// Portal passwords are bcrypt ("$2b$", cost 10), stored with cryptmode
// "CRYPT" as Vtiger does (PROTOCOL.md A.3.6).
base::Result<std::string> hash_password(std::string_view plain);

// True when plain matches the stored bcrypt hash. Compares in constant time;
// a malformed hash never matches.
bool verify_password(std::string_view plain, const std::string& stored_hash);

}
