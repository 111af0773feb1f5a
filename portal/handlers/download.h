#pragma once

#include "crm-connector/crm_results.h"
#include "portal/handlers/download_headers.h"
#include "web/http_response.h"

#include <string>
#include <string_view>

namespace portal {

// A file from the CRM as a download: the CRM's Content-Type when it is a
// well-formed media type (application/octet-stream otherwise), always as an
// attachment, never cached by shared caches.
web::HttpResponse file_download(const crm::DownloadedFile& file);

// The file name for Content-Disposition without any path, quote or control
// character: ASCII for filename=, the UTF-8 original for filename*=.
std::string content_disposition(std::string_view filename);

}
