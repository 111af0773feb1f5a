#pragma once

#include <cstdint>
#include <optional>

namespace portal {

// Whether a list has a page after `page` (one-based). A CRM that gives no count
// (stock Vtiger sends "") still pages while pages come back full.
inline bool has_next_page(int page, int page_size, std::int64_t on_this_page, std::optional<std::int64_t> total)
{
    std::int64_t shown = static_cast<std::int64_t>(page - 1) * page_size + on_this_page;
    return total ? shown < *total : on_this_page == page_size;
}

}
