#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refcrm::storage {

// Splits a migration file into statements at ';' outside quotes and
// comments ("-- …" to end of line, "/* … */"). Comments are dropped; empty
// statements are skipped.
std::vector<std::string> split_sql_statements(std::string_view script);

}
