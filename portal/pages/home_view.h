#pragma once

#include "portal/services/home_service.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"

namespace portal {

// The home page's view model: announcement, shortcuts, widgets, charts and
// the customer's contact people.
ViewData home_view(const Catalog& words, const Session& session, const HomePage& home);

}
