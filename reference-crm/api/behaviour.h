#pragma once

#include <optional>
#include <string_view>

namespace refcrm::api {

// How this CRM answers. `reference` mends Vtiger's holes (docs/json-api.md, Holes)
// and offers the extensions; `stock_vtiger` answers as an unmodified Vtiger
// 8.3 does, quirks included (docs/stock-vtiger.md), so that the portal is
// tested against what customers' CRMs really send.
enum class Behaviour { reference, stock_vtiger };

inline std::optional<Behaviour> parse_behaviour(std::string_view name)
{
    if (name == "reference")
        return Behaviour::reference;
    if (name == "vtiger-8.3")
        return Behaviour::stock_vtiger;
    return std::nullopt;
}

}
