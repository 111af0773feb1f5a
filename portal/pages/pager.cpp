#include "portal/pages/pager.h"

namespace portal {

void add_pager(ViewData& data, int page, bool has_next, const std::function<std::string(int)>& url_of)
{
    if (page == 1 && !has_next)
        return;
    auto& pager = data.add_row("PAGER");
    if (page > 1)
        pager.add_row("PREV_PAGE").set("PREV_URL", url_of(page - 1));
    if (has_next)
        pager.add_row("NEXT_PAGE").set("NEXT_URL", url_of(page + 1));
    pager.set("PAGE_NUMBER", std::to_string(page));
}

}
