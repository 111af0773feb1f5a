#pragma once

#include <string>
#include <string_view>

namespace portal {

// The Content-Type of a file the CRM hands out: its own type when it is a
// plain "type/subtype" (parameters such as charset kept), else
// application/octet-stream. The CRM's value is stored data, not trusted.
std::string safe_content_type(std::string_view crm_type);

// Content-Disposition: attachment with the file's name made safe (no path,
// no quotes or control characters) and its UTF-8 form as filename* (RFC 6266).
std::string attachment_disposition(std::string_view file_name);

}
