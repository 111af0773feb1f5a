// The home page and header: FetchProfile, FetchCompanyDetails,
// FetchCompanyTitle, FetchAnnouncement, FetchShortcuts, FetchRecentRecords,
// FetchLabelFields.

#include "crm-connector/json_call.h"
#include "crm-connector/json_client.h"
#include "crm-connector/json_decode.h"

namespace crm {

base::Result<Profile> JsonCrmClient::fetch_profile(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchProfile", credentials, {}));
    Json result = TRY(decode_envelope("FetchProfile", reply, credentials.password));
    return named("FetchProfile", decode_profile(result));
}

base::Result<Record> JsonCrmClient::fetch_company_details(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchCompanyDetails", credentials, {}));
    Json result = TRY(decode_envelope("FetchCompanyDetails", reply, credentials.password));
    return named("FetchCompanyDetails", decode_record(result));
}

base::Result<Record> JsonCrmClient::fetch_company_title(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchCompanyTitle", credentials, {}));
    Json result = TRY(decode_envelope("FetchCompanyTitle", reply, credentials.password));
    return named("FetchCompanyTitle", decode_record(result));
}

base::Result<std::string> JsonCrmClient::fetch_announcement(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchAnnouncement", credentials, {}));
    Json result = TRY(decode_envelope("FetchAnnouncement", reply, credentials.password));
    const Json& announcement = result.is_object() ? member(result, "announcement") : result;
    if (!announcement.is_null() && !announcement.is_string())
        return with_operation("FetchAnnouncement", unexpected("the announcement is not text"), {});
    return text_of(announcement);
}

base::Result<std::vector<ModuleNames>> JsonCrmClient::fetch_shortcuts(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchShortcuts", credentials, {}));
    Json result = TRY(decode_envelope("FetchShortcuts", reply, credentials.password));
    return named("FetchShortcuts", decode_module_names(member(result, "shortcuts")));
}

base::Result<std::vector<RecentRecords>> JsonCrmClient::fetch_recent_records(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchRecentRecords", credentials, {}));
    Json result = TRY(decode_envelope("FetchRecentRecords", reply, credentials.password));
    return named("FetchRecentRecords", decode_recent_records(result));
}

base::Result<std::vector<ModuleNames>> JsonCrmClient::fetch_label_fields(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchLabelFields", credentials, {}));
    Json result = TRY(decode_envelope("FetchLabelFields", reply, credentials.password));
    return named("FetchLabelFields", decode_module_names(result));
}

}
