#include "reference-crm/api/basic_auth.h"

#include "base/strings.h"

namespace refcrm::api {

std::optional<BasicCredentials> parse_basic_authorization(std::string_view header)
{
    header = base::trim(header);
    if (header.size() < 6 || base::to_lower(header.substr(0, 6)) != "basic ")
        return std::nullopt;
    auto decoded = base::base64_decode(base::trim(header.substr(6)));
    if (!decoded)
        return std::nullopt;
    std::size_t colon = decoded->find(':');
    if (colon == std::string::npos)
        return std::nullopt;
    return BasicCredentials { decoded->substr(0, colon), decoded->substr(colon + 1) };
}

}
