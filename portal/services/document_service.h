#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <optional>
#include <string>
#include <vector>

namespace portal {

inline constexpr const char* k_documents_module = "Documents";
inline constexpr int k_documents_per_page = 20;

struct DocumentList {
    std::string search; // as applied (trimmed)
    int page = 1;
    std::vector<crm::Record> documents;
    std::optional<std::int64_t> total;
    bool has_next = false;
    bool can_upload = false; // the CRM lets this customer create Documents
    crm::ModuleDescription description;
};

// The customer's documents, newest first; `search` keeps those whose title
// or file name contains it (any case).
base::Result<DocumentList> list_documents(
    const Context& context, const Session& session, const std::string& language, const std::string& search, int page);

// A document's file as the CRM sends it. A document that only links to a
// web address has no file: then `link` holds the address.
struct DocumentFile {
    crm::DownloadedFile file;
    std::string link;
};

base::Result<DocumentFile> download_document(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id);

struct NewDocument {
    std::string title;
    crm::Upload file;
};

// SaveRecord of a new document with its file, linked to the customer.
base::Result<crm::Record> upload_document(
    const Context& context, const Session& session, const std::string& language, NewDocument document);

}
