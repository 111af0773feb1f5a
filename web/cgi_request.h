#pragma once

#include "web/http_request.h"

#include <map>
#include <string>

namespace web {

// Builds the HttpRequest of one FastCGI request from its params (the CGI
// environment) and its body, without touching libfcgi: the server calls it,
// and tests call it directly.
//
// path is DOCUMENT_URI when present (nginx has already decoded it, so it is
// not decoded again), else the percent-decoded path of REQUEST_URI. query
// holds the query string's pairs only, form the body's only. When
// body_too_large is set the body is dropped and form and files stay empty.
// Hostile or missing params never throw: they give empty fields.
HttpRequest parse_cgi_request(const std::map<std::string, std::string>& cgi_env, std::string body, bool body_too_large);

}
