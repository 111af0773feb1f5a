#pragma once

#include "reference-crm/api/api_handler.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <string_view>

namespace refcrm {

// The URL path Vtiger answers the customer-portal JSON API at.
inline constexpr std::string_view k_api_path = "/modules/CustomerPortal/api.php";

// HTTP in front of the API: only POST form fields count (Vtiger reads
// $_POST only, so a GET arrives with no operation); any other path is 404.
web::HttpResponse handle_http(const api::ApiHandler& handler, web::HttpRequest& request);

}
