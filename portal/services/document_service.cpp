#include "portal/services/document_service.h"

#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/paging.h"
#include "portal/services/record_lists.h"
#include "portal/services/related_records_service.h"

#include <algorithm>

namespace portal {

namespace {

bool contains_text(const crm::Record& record, std::string_view field, const std::string& lower_search)
{
    return base::to_lower(record.value_of(field)).find(lower_search) != std::string::npos;
}

// The CRM filters only by equal values, so a search reads every document in
// scope and keeps the matching ones, in the CRM's order (last modified first).
base::Result<std::vector<crm::Record>> matching_documents(
    const Context& context, const Session& session, const crm::Credentials& credentials, const std::string& search)
{
    crm::RecordsQuery query;
    query.module = k_documents_module;
    query.module_label = module_label(session, k_documents_module);
    std::vector<crm::Record> all = TRY(every_record(context, credentials, query));
    std::string lower = base::to_lower(search);
    std::vector<crm::Record> found;
    for (auto& record : all) {
        if (contains_text(record, "notes_title", lower) || contains_text(record, "filename", lower))
            found.push_back(std::move(record));
    }
    return found;
}

void take_page(DocumentList& list, std::vector<crm::Record> found)
{
    std::size_t first = static_cast<std::size_t>(list.page - 1) * k_documents_per_page;
    list.total = static_cast<std::int64_t>(found.size());
    for (std::size_t i = first; i < found.size() && i < first + k_documents_per_page; ++i)
        list.documents.push_back(std::move(found[i]));
}

crm::RecordsQuery page_query(const Session& session, const crm::ModuleDescription& description, int page)
{
    crm::RecordsQuery query;
    query.module = k_documents_module;
    query.module_label = module_label(session, k_documents_module);
    query = with_sort_if_described(std::move(query), description, "modifiedtime", true);
    query.page = page - 1;
    query.page_limit = k_documents_per_page;
    return query;
}

base::Error module_disabled()
{
    return base::Error(std::string(crm::error_codes::k_record_not_found), "the CRM does not offer documents");
}

}

base::Result<DocumentList> list_documents(
    const Context& context, const Session& session, const std::string& language, const std::string& search, int page)
{
    const auto* module = session.modules().find(k_documents_module);
    if (!module)
        return module_disabled();
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    DocumentList list;
    list.search = std::string(base::trim(search));
    list.page = page;
    list.can_upload = module->can_create;
    list.description = TRY(describe(context, session, language, k_documents_module));
    if (list.search.empty()) {
        crm::RecordPage found
            = TRY(context.crm.fetch_records(credentials, page_query(session, list.description, page)));
        list.documents = std::move(found.records);
        list.total = found.total_count;
    } else {
        take_page(list, TRY(matching_documents(context, session, credentials, list.search)));
    }
    list.has_next
        = has_next_page(page, k_documents_per_page, static_cast<std::int64_t>(list.documents.size()), list.total);
    return list;
}

base::Result<DocumentFile> download_document(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    if (!session.modules().find(k_documents_module))
        return module_disabled();
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::ModuleDescription description = TRY(describe(context, session, language, k_documents_module));
    if (!is_id_of(description, id))
        return base::Error(std::string(crm::error_codes::k_record_not_found), id.to_string() + " is no document");
    DocumentFile document { TRY(context.crm.download_file(credentials, { k_documents_module, id, {}, {}, {} })), {} };
    if (document.file.bytes.empty() && document.file.filename.empty()) {
        crm::Record record = TRY(context.crm.fetch_record(credentials, id));
        document.link = record.value_of("filename");
    }
    return document;
}

base::Result<crm::Record> upload_document(
    const Context& context, const Session& session, const std::string& language, NewDocument document)
{
    const auto* module = session.modules().find(k_documents_module);
    if (!module || !module->can_create)
        return base::Error(
            std::string(crm::error_codes::k_access_denied), "the CRM does not let this customer add documents");
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::SaveRequest request;
    request.module = k_documents_module;
    request.title = std::move(document.title);
    request.file = std::move(document.file);
    return context.crm.save_record(credentials, request);
}

}
