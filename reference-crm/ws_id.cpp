#include "reference-crm/ws_id.h"

namespace refcrm {

namespace {

std::optional<std::int64_t> parse_digits(std::string_view text, std::size_t max_digits)
{
    if (text.empty() || text.size() > max_digits)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}

std::string WsId::to_string() const { return format_ws_id(type_id, row_id); }

std::optional<WsId> parse_ws_id(std::string_view text)
{
    std::size_t separator = text.find('x');
    if (separator == std::string_view::npos)
        return std::nullopt;
    auto type_id = parse_digits(text.substr(0, separator), 9);
    auto row_id = parse_digits(text.substr(separator + 1), 18);
    if (!type_id || !row_id || *type_id == 0)
        return std::nullopt;
    return WsId { static_cast<int>(*type_id), *row_id };
}

std::string format_ws_id(int type_id, std::int64_t row_id)
{
    return std::to_string(type_id) + "x" + std::to_string(row_id);
}

}
