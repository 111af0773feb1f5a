#include "portal/handlers/profile_handlers.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "portal/forms/form_view.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_page.h"
#include "portal/pages/related_view.h"
#include "portal/services/profile_fields.h"
#include "portal/services/profile_service.h"
#include "portal/services/related_records_service.h"
#include "portal/views/text.h"

#include <algorithm>

namespace portal {

namespace {

// The CRM's label, or the portal's own for a field the CRM did not describe.
std::string field_label(const Catalog& words, const crm::FieldDescription& field)
{
    if (!field.label.empty())
        return decode_html_entities(field.label);
    for (const auto& known : contact_fields()) {
        if (known.name == field.name)
            return words.text(std::string(known.word));
    }
    return field.name;
}

ViewData profile_view(const Catalog& words, const Session& session, const ProfilePage& profile, const ProfileForm& form)
{
    ViewData data;
    std::vector<std::string_view> editable;
    for (const auto* field : profile.editable)
        editable.push_back(field->name);
    crm::ModuleDescription shown = with_profile_fields(words, profile.description, profile.contact, contact_fields());
    std::erase_if(shown.fields, [&](const crm::FieldDescription& field) {
        return std::find(editable.begin(), editable.end(), field.name) != editable.end();
    });
    add_shown_fields(data, words, session, shown, profile.contact);
    if (session.modules().account)
        data.show("ORGANISATION_LINK");
    if (profile.editable.empty())
        return data;
    auto& edit = data.add_row("EDIT_FORM");
    edit.set("CSRF_TOKEN", session.csrf_token());
    auto fields = profile_form_fields(profile);
    for (auto& field : fields)
        field.description.label = field_label(words, field.description);
    FormValues values = form.values.empty() ? record_values(fields, profile.contact) : form.values;
    add_form_fields(edit, words, fields, values, form.problems);
    return data;
}

web::HttpResponse profile_response(const Context& context, const Request& request, const Session& session, int status,
    const ProfilePage& profile, const ProfileForm& form, const std::string& message_key)
{
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(request.language);
    ViewData data = profile_view(words, session, profile, form);
    if (!message_key.empty())
        data.add_row(status == 200 ? "SAVED" : "FORM_PROBLEM").set("MESSAGE_TEXT", words.text(message_key));
    return page(context, request, status, "profile", "LBL_MY_PROFILE", std::move(data));
}

}

web::HttpResponse show_profile(const Context& context, Request& request)
{
    auto profile = profile_page(context, *request.session, request.language);
    if (!profile.ok())
        return crm_failure(context, request, profile.error());
    std::string message = request.query_param("saved") ? "LBL_PROFILE_SAVED" : "";
    // What was typed before the session ended comes back into the form.
    ProfileForm kept;
    if (request.draft.action == "/profile")
        kept.values = posted_values(profile_form_fields(*profile), request.draft.fields);
    return profile_response(context, request, *request.session, 200, *profile, kept, message);
}

web::HttpResponse submit_profile(const Context& context, Request& request)
{
    std::string language = request.language;
    auto profile = profile_page(context, *request.session, language);
    if (!profile.ok())
        return crm_failure(context, request, profile.error());
    if (profile->editable.empty())
        return error_page(context, request, 403, "LBL_NOT_ALLOWED_TITLE", "LBL_PROFILE_NOT_EDITABLE");
    ProfileForm form = read_profile_form(*profile, request.form);
    if (!form.problems.empty()) {
        base::log::info("profile",
            std::to_string(form.problems.size()) + " invalid field(s) in a profile edit from "
                + request.remote_address);
        return profile_response(context, request, *request.session, 400, *profile, form, "ERR_FORM_HAS_PROBLEMS");
    }
    auto saved = save_profile(context, *request.session, language, *profile, form);
    if (!saved.ok()) {
        const auto& error = saved.error();
        if (!error.is(crm::error_codes::k_crm_error) && !error.is(crm::error_codes::k_validation_failed))
            return crm_failure(context, request, error);
        base::log::warning("profile", "the CRM refused a profile edit: " + error.message());
        return profile_response(context, request, *request.session, 400, *profile, form, "ERR_PROFILE_NOT_SAVED");
    }
    return web::HttpResponse::redirect("/profile?saved=1");
}

web::HttpResponse show_organisation(const Context& context, Request& request)
{
    const auto& account = request.session->modules().account;
    auto id = account ? crm::RecordId::parse(account->id) : std::nullopt;
    if (!id)
        return error_page(context, request, 404, "LBL_ORGANISATION", "LBL_NO_ORGANISATION");
    return record_page(context, request, organisation_page(context, *request.session, request.language, *id),
        "LBL_ORGANISATION", [&](ViewData& data, const Catalog& words, const RecordWithRelated& detail) {
            data.set("RECORD_TITLE", decode_html_entities(account->label));
            add_shown_fields(data, words, *request.session,
                with_profile_fields(words, detail.description, detail.record, organisation_fields()), detail.record,
                { "accountname" });
        });
}

}
