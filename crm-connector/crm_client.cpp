#include "crm-connector/crm_client.h"

#include <algorithm>
#include <charconv>

namespace crm {

namespace {

// Canonical unsigned decimal: digits only, no sign, no leading zero unless "0".
template<typename Integer>
std::optional<Integer> parse_canonical(std::string_view text)
{
    if (text.empty() || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    Integer value {};
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc {} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

}

std::optional<RecordId> RecordId::parse(std::string_view text)
{
    std::size_t separator = text.find('x');
    if (separator == std::string_view::npos)
        return std::nullopt;
    auto module_prefix = parse_canonical<int>(text.substr(0, separator));
    auto number = parse_canonical<std::int64_t>(text.substr(separator + 1));
    if (!module_prefix || !number || *module_prefix == 0)
        return std::nullopt;
    return RecordId(*module_prefix, *number);
}

std::string RecordId::to_string() const { return std::to_string(m_module_prefix) + "x" + std::to_string(m_number); }

const FieldValue* Record::field(std::string_view name) const
{
    auto found = std::find_if(fields.begin(), fields.end(), [&](const auto& field) { return field.first == name; });
    return found == fields.end() ? nullptr : &found->second;
}

std::string Record::value_of(std::string_view name) const
{
    const FieldValue* value = field(name);
    return value ? value->value : std::string();
}

const ModuleInfo* PortalModules::find(std::string_view name) const
{
    auto found = std::find_if(modules.begin(), modules.end(), [&](const auto& module) { return module.name == name; });
    return found == modules.end() ? nullptr : &*found;
}

const FieldDescription* ModuleDescription::field(std::string_view name) const
{
    auto found = std::find_if(fields.begin(), fields.end(), [&](const auto& field) { return field.name == name; });
    return found == fields.end() ? nullptr : &*found;
}

}
