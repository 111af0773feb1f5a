#pragma once

#include "portal/context.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

web::HttpResponse show_knowledge_base(const Context& context, web::HttpRequest& request);
web::HttpResponse show_faq_category(const Context& context, web::HttpRequest& request);
web::HttpResponse show_faq_article(const Context& context, web::HttpRequest& request);

}
