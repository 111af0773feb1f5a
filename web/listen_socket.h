#pragma once

#include "base/result.h"

#include <string>
#include <string_view>

namespace web {

// Where the FastCGI server listens: a unix socket path, or a TCP port on one
// IPv4 address (or on all, for ":9000" and "*:9000").
struct ListenAddress {
    bool is_unix_socket = false;
    std::string path;
    std::string host;
    int port = 0;

    // The form FCGX_OpenSocket takes.
    std::string fcgi_address() const;
};

base::Result<ListenAddress> parse_listen_address(std::string_view text);

// libfcgi calls exit() when it cannot bind (and when it cannot resolve a host
// name), so everything that can fail is tried here first, as an Error. A
// socket file that nobody listens on any more is removed; a live socket or
// any other kind of file is left alone and reported.
base::Result<void> prepare_to_listen(const ListenAddress& address);

}
