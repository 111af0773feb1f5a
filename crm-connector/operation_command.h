#pragma once

// `portal crm OP key=value…`: one CRM operation, named as in Vtiger
// (FetchRecords, SaveRecord…), with its form parameters as text; the typed
// call's decoded result printed as JSON. For admins and for debugging.

#include "base/result.h"
#include "crm-connector/crm_client.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crm {

// The code of errors in the command line itself (unknown operation,
// malformed or unknown parameter): show the usage.
inline constexpr std::string_view k_usage_error = "crm.usage";

struct OperationCall {
    std::string operation;
    std::vector<std::pair<std::string, std::string>> parameters;
};

// arguments: the operation's name, then key=value words.
base::Result<OperationCall> parse_operation_call(const std::vector<std::string>& arguments);

// Every operation's name with the parameters it takes, one per line.
std::string operations_usage();

// Runs the call; the result as JSON text (pretty-printed).
base::Result<std::string> run_operation(CrmClient& client, const Credentials& credentials, const OperationCall& call);

}
