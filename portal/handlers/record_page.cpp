#include "portal/handlers/record_page.h"

#include "portal/handlers/pages.h"
#include "portal/pages/related_view.h"

namespace portal {

web::HttpResponse record_page(const Context& context, const Request& request, const std::string& module,
    std::string_view title_key, const RecordFill& fill)
{
    return record_page(context, request,
        record_with_related(context, *request.session, request.language, module, request.id), title_key, fill);
}

web::HttpResponse record_page(const Context& context, const Request& request, base::Result<RecordWithRelated> detail,
    std::string_view title_key, const RecordFill& fill)
{
    if (!detail.ok())
        return crm_failure(context, request, detail.error());
    const Catalog& words = request.words();
    ViewData data;
    fill(data, words, *detail);
    data.set("PAGE_TITLE", data.values["RECORD_TITLE"]);
    add_related(data, words, *request.session, detail->description, detail->related);
    return page(context, request, 200, "module_record", title_key, std::move(data));
}

}
