#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// POST /cases/{id}/comments: a comment on the case (form field "comment").
web::HttpResponse submit_case_comment(const Context& context, Request& request);
// POST /cases/{id}/close and /cases/{id}/reopen, with an optional closing
// comment and a required reason for reopening (form field "comment").
web::HttpResponse submit_case_close(const Context& context, Request& request);
web::HttpResponse submit_case_reopen(const Context& context, Request& request);

// GET /cases/{id}/documents/{document}: the file of a document of the case.
web::HttpResponse download_case_document(const Context& context, Request& request);
// GET /cases/{id}/comments/{comment}/attachments/{attachment}.
web::HttpResponse download_comment_attachment(const Context& context, Request& request);

}
