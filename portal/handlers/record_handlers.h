#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "portal/services/record_modules.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <functional>

namespace portal {

// GET <path>: the module's records. GET <path>/{id}: one record with its
// line items, related lists and comments; <path>/{id}.pdf for a printable
// module. A module the CRM does not offer this customer answers 404.
web::HttpResponse show_record_list(const Context& context, Request& request, const RecordModule& module);
web::HttpResponse show_record(const Context& context, Request& request, const RecordModule& module);

// GET and POST <path>/{id}/edit: the fields the CRM lets the customer change.
web::HttpResponse show_record_edit(const Context& context, Request& request, const RecordModule& module);
web::HttpResponse submit_record_edit(const Context& context, Request& request, const RecordModule& module);

// POST <path>/{id}/comments: a comment on a record whose page shows comments.
// Accept or decline a quote (POST /quotes/{id}/decision, decision=accept|decline, reason).
web::HttpResponse submit_quote_decision(const Context& context, Request& request, const RecordModule& module);
web::HttpResponse submit_record_comment(const Context& context, Request& request, const RecordModule& module);

// GET <path>/{id}.pdf: the quote, invoice or order as a PDF.
web::HttpResponse show_record_pdf(
    const Context& context, Request& request, const RecordModule& module, const crm::RecordId& id);

// The detail page of a record; `adjust` adds to the page (a notice, a
// comment form shown again with its error).
web::HttpResponse record_page(const Context& context, const Request& request, const RecordModule& module,
    const crm::RecordId& id, int status, const std::function<void(ViewData&, const Catalog&)>& adjust);

// The page for a failed record read or write: 404 for a module the CRM does
// not offer, else as crm_failure.
web::HttpResponse record_failure(const Context& context, const Request& request, const base::Error& error);

}
