#pragma once

#include "portal/context.h"
#include "web/router.h"

namespace portal {

// The one table of every URL the portal serves (static files are nginx's).
web::Router make_routes(const Context& context);

}
