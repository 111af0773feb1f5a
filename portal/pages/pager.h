#pragma once

#include "portal/views/view_data.h"

#include <functional>
#include <string>

namespace portal {

// The PAGER section of a paged list: previous and next links from `url_of(page)`.
void add_pager(ViewData& data, int page, bool has_next, const std::function<std::string(int)>& url_of);

}
