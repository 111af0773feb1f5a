#pragma once

// Internal to crm-connector: the key=value parameters of `portal crm`, read
// as typed values. Every error has the code k_usage_error.

#include "base/result.h"
#include "crm-connector/crm_records.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crm {

class CommandParameters {
public:
    explicit CommandParameters(std::vector<std::pair<std::string, std::string>> parameters)
        : m_parameters(std::move(parameters))
    {
    }

    std::optional<std::string> optional(std::string_view name);
    base::Result<std::string> required(std::string_view name);
    std::string text(std::string_view name) { return optional(name).value_or(""); }
    base::Result<std::optional<RecordId>> record_id(std::string_view name);
    base::Result<RecordId> required_record_id(std::string_view name);
    base::Result<int> integer(std::string_view name, int fallback);
    // A JSON object of strings, e.g. fields={"ticketstatus":"Open"}.
    base::Result<FieldValues> field_values(std::string_view name);
    base::Result<Scope> scope(std::string_view name);
    // file=PATH: the file's bytes, named after the path's last part.
    base::Result<std::optional<Upload>> upload(std::string_view name);
    // Fails naming every parameter no getter asked for.
    base::Result<void> all_used() const;

private:
    std::vector<std::pair<std::string, std::string>> m_parameters;
    std::set<std::string, std::less<>> m_used;
};

base::Error usage_error(std::string message);

}
