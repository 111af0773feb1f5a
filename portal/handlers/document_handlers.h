#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /documents?q=&page=: the customer's documents, searchable, with the
// upload form where the CRM allows adding documents.
web::HttpResponse show_documents(const Context& context, Request& request);
// POST /documents (multipart): a new document with its file.
web::HttpResponse submit_document(const Context& context, Request& request);
web::HttpResponse show_document(const Context& context, Request& request);
// GET /documents/{id}/download: the file, with its name and type.
web::HttpResponse download_document(const Context& context, Request& request);

}
