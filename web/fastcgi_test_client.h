#pragma once

#include "base/result.h"

#include <map>
#include <string>
#include <string_view>

// A minimal FastCGI client (responder role, one request per connection), so
// that tests talk to a real FastCgiServer the way nginx does.
namespace web::testing {

struct FastCgiReply {
    std::string output; // the FCGI_STDOUT stream: CGI head, blank line, body
    bool ended = false; // FCGI_END_REQUEST arrived
};

base::Result<FastCgiReply> send_fastcgi_request(
    const std::string& socket_path, const std::map<std::string, std::string>& params, std::string_view body);

}
