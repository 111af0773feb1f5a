#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

web::HttpResponse show_knowledge_base(const Context& context, Request& request);
web::HttpResponse show_faq_category(const Context& context, Request& request);
web::HttpResponse show_faq_article(const Context& context, Request& request);
// GET /kb/search?q=: published articles whose question or answer holds the words.
web::HttpResponse show_faq_search(const Context& context, Request& request);
// POST /kb/{id}/comments: the customer's comment on an article.
web::HttpResponse submit_faq_comment(const Context& context, Request& request);
// GET /kb/{id}/documents/{document}: a file of a document related to the article.
web::HttpResponse download_faq_document(const Context& context, Request& request);

}
