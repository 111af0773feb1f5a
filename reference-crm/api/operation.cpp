#include "reference-crm/api/operation.h"

#include <array>
#include <utility>

namespace refcrm::api {

OperationFunction find_operation(std::string_view name)
{
    static constexpr std::array<std::pair<std::string_view, OperationFunction>, 7> k_operations { {
        { "Ping", ping },
        { "FetchModules", fetch_modules },
        { "UpdateLoginDetails", update_login_details },
        { "DescribeModule", describe_module },
        { "FetchRecords", fetch_records },
        { "FetchRecord", fetch_record },
        { "FetchRelatedRecords", fetch_related_records },
    } };
    for (const auto& [operation_name, function] : k_operations) {
        if (operation_name == name)
            return function;
    }
    return nullptr;
}

}
