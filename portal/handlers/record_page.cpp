#include "portal/handlers/record_page.h"

#include "portal/handlers/pages.h"
#include "portal/handlers/related_view.h"

namespace portal {

web::HttpResponse record_page(const Context& context, const web::HttpRequest& request, const Session& session,
    const std::string& module, const crm::RecordId& id, std::string_view title_key, const RecordFill& fill)
{
    return record_page(
        context, request, session, record_with_related(context, session, language_of(context, request), module, id),
        title_key, fill);
}

web::HttpResponse record_page(const Context& context, const web::HttpRequest& request, const Session& session,
    base::Result<RecordWithRelated> detail, std::string_view title_key, const RecordFill& fill)
{
    std::string language = language_of(context, request);
    if (!detail.ok())
        return crm_failure(context, request, &session, detail.error());
    auto renderer = context.views.current();
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    fill(data, words, *detail);
    data.set("PAGE_TITLE", data.values["RECORD_TITLE"]);
    add_related(data, words, session, detail->description, detail->related);
    return page(context, request, &session, 200, "module_record", title_key, std::move(data));
}

std::optional<crm::RecordId> record_id_in(const web::HttpRequest& request)
{
    auto id = crm::RecordId::parse(request.path_param("id"));
    if (!id || id->is_new())
        return std::nullopt;
    return id;
}

}
