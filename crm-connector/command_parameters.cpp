#include "crm-connector/command_parameters.h"

#include "base/strings.h"
#include "crm-connector/json_envelope.h"
#include "crm-connector/operation_command.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace crm {

base::Error usage_error(std::string message) { return base::Error(std::string(k_usage_error), std::move(message)); }

std::optional<std::string> CommandParameters::optional(std::string_view name)
{
    m_used.emplace(name);
    for (const auto& [key, value] : m_parameters) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

base::Result<std::string> CommandParameters::required(std::string_view name)
{
    std::optional<std::string> value = optional(name);
    if (!value)
        return usage_error("the parameter " + std::string(name) + "=… is required");
    return *value;
}

base::Result<std::optional<RecordId>> CommandParameters::record_id(std::string_view name)
{
    std::optional<std::string> text = optional(name);
    if (!text || text->empty())
        return std::optional<RecordId>();
    std::optional<RecordId> id = RecordId::parse(*text);
    if (!id)
        return usage_error(std::string(name) + "=" + *text + " is not a record id such as 17x101");
    return id;
}

base::Result<RecordId> CommandParameters::required_record_id(std::string_view name)
{
    std::optional<RecordId> id = TRY(record_id(name));
    if (!id)
        return usage_error("the parameter " + std::string(name) + "=… is required");
    return *id;
}

base::Result<int> CommandParameters::integer(std::string_view name, int fallback)
{
    std::optional<std::string> text = optional(name);
    if (!text)
        return fallback;
    std::optional<std::int64_t> value = base::parse_int(*text);
    if (!value || *value < 0 || *value > 1000000)
        return usage_error(std::string(name) + "=" + *text + " is not a whole number");
    return static_cast<int>(*value);
}

base::Result<FieldValues> CommandParameters::field_values(std::string_view name)
{
    std::optional<std::string> text = optional(name);
    if (!text)
        return FieldValues {};
    Json object = Json::parse(*text, nullptr, false);
    if (!object.is_object())
        return usage_error(std::string(name) + "=… must be a JSON object such as {\"ticketstatus\":\"Open\"}");
    FieldValues values;
    for (const auto& [field, value] : object.items())
        values.emplace_back(field, value.is_string() ? value.get<std::string>() : value.dump());
    return values;
}

base::Result<Scope> CommandParameters::scope(std::string_view name)
{
    std::optional<std::string> text = optional(name);
    if (!text)
        return Scope::configured;
    if (*text == "mine" || *text == "all")
        return *text == "mine" ? Scope::mine : Scope::all;
    return usage_error(std::string(name) + "=" + *text + " must be mine or all");
}

base::Result<std::optional<Upload>> CommandParameters::upload(std::string_view name)
{
    std::optional<std::string> path = optional(name);
    if (!path)
        return std::optional<Upload>();
    std::ifstream file(*path, std::ios::binary);
    if (!file)
        return usage_error("cannot read the file " + *path);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return std::optional<Upload>(Upload { std::filesystem::path(*path).filename().string(), "", bytes.str() });
}

base::Result<void> CommandParameters::all_used() const
{
    std::vector<std::string> unknown;
    for (const auto& [key, value] : m_parameters) {
        if (!m_used.contains(key))
            unknown.push_back(key);
    }
    if (!unknown.empty())
        return usage_error("unknown parameter(s) for this operation: " + base::join(unknown, ", "));
    return {};
}

}
