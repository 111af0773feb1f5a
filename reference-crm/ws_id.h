#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace refcrm {

// Vtiger's web-service id "<type id>x<row id>", e.g. "17x205" (docs/json-api.md,
// Values). The type id selects the module (the ws_entity_types table).
struct WsId {
    int type_id = 0;
    std::int64_t row_id = 0;

    std::string to_string() const;
    bool operator==(const WsId&) const = default;
};

// Strict: digits "x" digits, no sign, no spaces, at most 9 digits for the
// type and 18 for the row, type id above zero. Row id 0 is the "new record"
// placeholder and is accepted here; callers decide whether it is allowed.
std::optional<WsId> parse_ws_id(std::string_view text);

std::string format_ws_id(int type_id, std::int64_t row_id);

}
