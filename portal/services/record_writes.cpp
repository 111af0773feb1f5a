#include "portal/forms/form.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/record_service.h"

#include <algorithm>

namespace portal {

namespace {

base::Result<crm::ModuleDescription> editable_description(const Context& context, const Session& session,
    const std::string& language, const RecordModule& module, const crm::RecordId& id)
{
    const crm::ModuleInfo* info = TRY(enabled_module(session, module));
    crm::ModuleDescription description = TRY(describe(context, session, language, info->name));
    TRY(check_record_of(description, id));
    bool editable = !writable_fields(description, {}, true).empty();
    if (!info->can_edit || !editable)
        return base::Error(k_edit_not_allowed, "the CRM does not let customers edit " + info->name);
    return description;
}

}

base::Result<RecordDetail> record_for_edit(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id)
{
    TRY(editable_description(context, session, language, module, id));
    return record_detail(context, session, language, module, id, false);
}

base::Result<void> update_record(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id, const crm::FieldValues& values)
{
    crm::ModuleDescription description = TRY(editable_description(context, session, language, module, id));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::SaveRequest request;
    request.module = description.name;
    request.record = id;
    request.values = values;
    TRY(context.crm.save_record(credentials, request));
    return {};
}

base::Result<void> comment_on_record(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id, const std::string& text)
{
    const crm::ModuleInfo* info = TRY(enabled_module(session, module));
    crm::ModuleDescription description = TRY(describe(context, session, language, info->name));
    TRY(check_record_of(description, id));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    auto related = TRY(context.crm.fetch_related_modules(credentials, info->name));
    if (std::find(related.begin(), related.end(), "ModComments") == related.end())
        return base::Error(k_comments_not_allowed, "the CRM shows no comments on " + info->name);
    crm::NewComment comment;
    comment.related_to = id;
    comment.content = text;
    TRY(context.crm.add_comment(credentials, comment));
    return {};
}

}
