#include "crm-connector/operation_command.h"

#include "crm-connector/command_parameters.h"
#include "crm-connector/json_output.h"

#include <algorithm>
#include <functional>

namespace crm {

namespace {

using Parameters = CommandParameters;
using Run = std::function<base::Result<Json>(CrmClient&, const Credentials&, Parameters&)>;

struct Operation {
    std::string_view name;
    std::string_view parameters; // for the usage text
    Run run;
};

template<typename T>
base::Result<Json> json_of(base::Result<T> result)
{
    if (!result.ok())
        return result.release_error();
    return to_json(result.value());
}

base::Result<Json> json_of(base::Result<void> result)
{
    if (!result.ok())
        return result.release_error();
    return Json(true);
}

base::Result<Json> json_of(base::Result<std::string> result)
{
    if (!result.ok())
        return result.release_error();
    return Json(result.value());
}

template<typename Call>
Run without_parameters(Call call)
{
    return [call](CrmClient& client, const Credentials& credentials, Parameters& parameters) -> base::Result<Json> {
        TRY(parameters.all_used());
        return json_of(call(client, credentials));
    };
}

base::Result<Json> fetch_records(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    RecordsQuery query;
    query.module = TRY(parameters.required("module"));
    query.module_label = parameters.text("moduleLabel");
    query.scope = TRY(parameters.scope("mode"));
    query.filters = TRY(parameters.field_values("fields"));
    query.match_any = parameters.text("groupConditions") == "OR";
    query.order_by = parameters.optional("orderBy");
    query.descending = parameters.optional("order").value_or("DESC") != "ASC";
    query.page = TRY(parameters.integer("page", 0));
    query.page_limit = TRY(parameters.integer("pageLimit", 50));
    TRY(parameters.all_used());
    return json_of(client.fetch_records(credentials, query));
}

base::Result<Json> filter_records(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    FilterQuery query;
    query.module = TRY(parameters.required("module"));
    query.module_label = parameters.text("moduleLabel");
    query.order_by = parameters.optional("field");
    query.descending = parameters.text("orderBy") == "DESC";
    query.limit = TRY(parameters.integer("limit", 50));
    TRY(parameters.all_used());
    return json_of(client.filter_records(credentials, query));
}

base::Result<Json> export_records(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    ExportQuery query;
    query.module = TRY(parameters.required("module"));
    query.module_label = parameters.text("moduleLabel");
    query.scope = TRY(parameters.scope("mode"));
    query.filters = TRY(parameters.field_values("fields"));
    query.match_any = parameters.text("groupConditions") == "OR";
    TRY(parameters.all_used());
    return json_of(client.export_records(credentials, query));
}

base::Result<Json> fetch_record(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    RecordId id = TRY(parameters.required_record_id("recordId"));
    std::optional<RecordId> parent = TRY(parameters.record_id("parentId"));
    std::string module = parameters.text("module");
    TRY(parameters.all_used());
    return json_of(client.fetch_record(credentials, id, parent, module));
}

base::Result<Json> fetch_related_records(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    RelatedQuery query;
    query.record = TRY(parameters.required_record_id("recordId"));
    query.module = parameters.text("module");
    query.related_module = TRY(parameters.required("relatedModule"));
    query.related_module_label = parameters.text("relatedModuleLabel");
    query.parent = TRY(parameters.record_id("parentId"));
    query.page = TRY(parameters.integer("page", 0));
    query.page_limit = TRY(parameters.integer("pageLimit", 50));
    TRY(parameters.all_used());
    return json_of(client.fetch_related_records(credentials, query));
}

base::Result<Json> fetch_history(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    HistoryQuery query;
    query.module = TRY(parameters.required("module"));
    query.record = TRY(parameters.record_id("record"));
    query.parent = TRY(parameters.record_id("parentId"));
    query.page = TRY(parameters.integer("page", 0));
    query.page_limit = TRY(parameters.integer("pageLimit", 50));
    TRY(parameters.all_used());
    return json_of(client.fetch_history(credentials, query));
}

base::Result<Json> save_record(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    SaveRequest request;
    request.module = parameters.text("module");
    request.record = TRY(parameters.record_id("recordId"));
    request.values = TRY(parameters.field_values("values"));
    request.parent = TRY(parameters.record_id("parentId"));
    request.title = parameters.text("filename");
    request.attachment_type = parameters.text("attachmentType");
    request.file = TRY(parameters.upload("file"));
    TRY(parameters.all_used());
    return json_of(client.save_record(credentials, request));
}

base::Result<Json> add_comment(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    NewComment comment;
    comment.related_to = TRY(parameters.required_record_id("related_to"));
    comment.content = TRY(parameters.required("commentcontent"));
    comment.parent = TRY(parameters.record_id("parentId"));
    comment.file = TRY(parameters.upload("file"));
    TRY(parameters.all_used());
    return json_of(client.add_comment(credentials, comment));
}

base::Result<Json> download_file(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    DownloadRequest request;
    request.module = TRY(parameters.required("module"));
    request.record = TRY(parameters.required_record_id("recordId"));
    request.parent = TRY(parameters.record_id("parentId"));
    request.parent_module = parameters.text("parentModule");
    request.attachment_id = parameters.text("attachmentId");
    TRY(parameters.all_used());
    return json_of(client.download_file(credentials, request));
}

template<typename Call>
Run with_one(std::string_view name, Call call, bool required = true)
{
    return [name, call, required](
               CrmClient& client, const Credentials& credentials, Parameters& parameters) -> base::Result<Json> {
        std::string value = required ? TRY(parameters.required(name)) : parameters.text(name);
        TRY(parameters.all_used());
        return json_of(call(client, credentials, value));
    };
}

base::Result<Json> update_login_details(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    std::string status = TRY(parameters.required("status"));
    if (status != "Login" && status != "Logout")
        return usage_error("status=" + status + " must be Login or Logout");
    TRY(parameters.all_used());
    LoginEvent event = status == "Login" ? LoginEvent::login : LoginEvent::logout;
    return json_of(client.update_login_details(credentials, event));
}

base::Result<Json> fetch_reference_records(CrmClient& client, const Credentials& credentials, Parameters& parameters)
{
    std::string module = TRY(parameters.required("module"));
    std::string search_key = parameters.text("searchKey");
    TRY(parameters.all_used());
    return json_of(client.fetch_reference_records(credentials, module, search_key));
}

const std::vector<Operation>& operations();

}

base::Result<OperationCall> parse_operation_call(const std::vector<std::string>& arguments)
{
    if (arguments.empty())
        return usage_error("name the CRM operation, e.g. FetchRecords module=HelpDesk");
    const auto& table = operations();
    if (std::none_of(table.begin(), table.end(), [&](const Operation& known) { return known.name == arguments[0]; }))
        return usage_error("unknown CRM operation " + arguments[0]);
    OperationCall call { arguments[0], {} };
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        std::size_t equals = arguments[i].find('=');
        if (equals == std::string::npos || equals == 0)
            return usage_error("\"" + arguments[i] + "\" is not key=value");
        call.parameters.emplace_back(arguments[i].substr(0, equals), arguments[i].substr(equals + 1));
    }
    return call;
}

std::string operations_usage()
{
    std::string text;
    for (const Operation& operation : operations())
        text += "  " + std::string(operation.name) + " " + std::string(operation.parameters) + "\n";
    return text;
}

base::Result<std::string> run_operation(CrmClient& client, const Credentials& credentials, const OperationCall& call)
{
    for (const Operation& operation : operations()) {
        if (operation.name != call.operation)
            continue;
        Parameters parameters(call.parameters);
        Json result = TRY(operation.run(client, credentials, parameters));
        return result.dump(2, ' ', false, Json::error_handler_t::replace);
    }
    return usage_error("unknown CRM operation " + call.operation);
}

namespace {

const std::vector<Operation>& operations()
{
    using C = const Credentials;
    static const std::vector<Operation> table {
        { "Ping", "", without_parameters([](CrmClient& client, C& credentials) { return client.ping(credentials); }) },
        { "FetchModules", "",
            without_parameters([](CrmClient& client, C& credentials) { return client.fetch_modules(credentials); }) },
        { "FetchProfile", "",
            without_parameters([](CrmClient& client, C& credentials) { return client.fetch_profile(credentials); }) },
        { "FetchCompanyDetails", "", without_parameters([](CrmClient& client, C& credentials) {
             return client.fetch_company_details(credentials);
         }) },
        { "FetchCompanyTitle", "", without_parameters([](CrmClient& client, C& credentials) {
             return client.fetch_company_title(credentials);
         }) },
        { "FetchAnnouncement", "", without_parameters([](CrmClient& client, C& credentials) {
             return client.fetch_announcement(credentials);
         }) },
        { "FetchShortcuts", "",
            without_parameters([](CrmClient& client, C& credentials) { return client.fetch_shortcuts(credentials); }) },
        { "FetchRecentRecords", "", without_parameters([](CrmClient& client, C& credentials) {
             return client.fetch_recent_records(credentials);
         }) },
        { "FetchLabelFields", "", without_parameters([](CrmClient& client, C& credentials) {
             return client.fetch_label_fields(credentials);
         }) },
        { "DescribeModule", "module=M",
            with_one("module",
                [](CrmClient& client, C& credentials, const std::string& module) {
                    return client.describe_module(credentials, module);
                }) },
        { "FetchRecords",
            "module=M [moduleLabel=L] [mode=mine|all] [fields=JSON] [groupConditions=AND|OR] [orderBy=F] "
            "[order=ASC|DESC] [page=N] [pageLimit=N]",
            fetch_records },
        { "FilterRecords", "module=M [moduleLabel=L] [field=F orderBy=ASC|DESC] [limit=N]", filter_records },
        { "ExportRecords", "module=M [moduleLabel=L] [mode=mine|all] [fields=JSON] [groupConditions=AND|OR]",
            export_records },
        { "FetchRecord", "recordId=ID [parentId=ID] [module=M]", fetch_record },
        { "FetchRelatedModules", "module=M",
            with_one("module",
                [](CrmClient& client, C& credentials, const std::string& module) {
                    return client.fetch_related_modules(credentials, module);
                }) },
        { "FetchRelatedRecords",
            "recordId=ID relatedModule=M [module=M] [relatedModuleLabel=L] [parentId=ID] [page=N] [pageLimit=N]",
            fetch_related_records },
        { "FetchHistory", "module=M [record=ID] [parentId=ID] [page=N] [pageLimit=N]", fetch_history },
        { "FetchReferenceRecords", "module=M [searchKey=TEXT]", fetch_reference_records },
        { "SearchFaqs", "[searchKey=TEXT]",
            with_one(
                "searchKey",
                [](CrmClient& client, C& credentials, const std::string& key) {
                    return client.search_faqs(credentials, key);
                },
                false) },
        { "SearchRecords", "searchKey=TEXT",
            with_one("searchKey",
                [](CrmClient& client, C& credentials, const std::string& key) {
                    return client.search_records(credentials, key);
                }) },
        { "SaveRecord",
            "[module=M] [recordId=ID] values=JSON [parentId=ID] [filename=TITLE] [attachmentType=T] [file=PATH]",
            save_record },
        { "AddComment", "related_to=ID commentcontent=TEXT [parentId=ID] [file=PATH]", add_comment },
        { "DownloadFile", "module=Documents|ModComments recordId=ID [parentId=ID] [parentModule=M] [attachmentId=N]",
            download_file },
        { "ChangePassword", "newPassword=P",
            with_one("newPassword",
                [](CrmClient& client, C& credentials, const std::string& password) {
                    return client.change_password(credentials, password);
                }) },
        { "ForgotPassword", "email=E",
            with_one("email",
                [](CrmClient& client, C& credentials, const std::string& email) {
                    return client.forgot_password(email, credentials.language);
                }) },
        { "UpdateLoginDetails", "status=Login|Logout", update_login_details },
    };
    return table;
}

}

}
