#pragma once

#include "web/http_request.h"
#include "web/http_response.h"

#include <cstddef>
#include <functional>

// libfcgi's request type, defined in fcgiapp.h, which only .cpp files include.
struct FCGX_Request;

namespace web {

// Reads the params and body of one accepted request, calls the handler and
// writes its answer. Never throws: a failing handler gives a plain 500. A
// body over max_body_bytes is read to its end and dropped.
void serve_fastcgi_request(
    FCGX_Request& request, std::size_t max_body_bytes, const std::function<HttpResponse(HttpRequest&)>& handler);

}
