#pragma once

#include "web/http_response.h"

#include <string>
#include <string_view>

namespace web {

// The one download kit: every file, export and PDF the portal hands out is
// answered by file_response, with its name cleaned and its media type checked
// here, whatever the file's name and type said where it came from.

// A file name safe to hand to a browser: the last path segment only, no
// control characters, quotes, backslashes or semicolons, no leading dots (a
// hidden file), at most 150 bytes cut on a UTF-8 character boundary;
// `fallback` when nothing is left. Uploaded files' names are cleaned so too.
std::string clean_file_name(std::string_view name, std::string_view fallback = "download");

// The file's media type when it is a plain "type/subtype" (a charset
// parameter kept), else application/octet-stream: a stored value is not
// trusted to be one.
std::string safe_media_type(std::string_view type);

enum class Disposition { attachment, inline_view };

// Content-Disposition (RFC 6266) of a cleaned name: filename= in ASCII, and
// filename*= (RFC 5987, UTF-8) when the name is not plain ASCII.
std::string content_disposition(Disposition disposition, std::string_view file_name);

// 200 with the bytes (moved, never copied: a large file is held once), the
// checked media type, the cleaned name, and no caching outside the browser.
HttpResponse file_response(std::string bytes, std::string_view file_name, std::string_view media_type,
    Disposition disposition = Disposition::attachment);

}
