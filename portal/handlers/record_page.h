#pragma once

#include "portal/request.h"
#include "portal/services/related_records_service.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"
#include "web/http_response.h"

#include <functional>
#include <string>
#include <string_view>

namespace portal {

// Adds a record page's own parts (title, fields, links) to its view model.
using RecordFill = std::function<void(ViewData&, const Catalog&, const RecordWithRelated&)>;

// The page of one record of `module` (record.tpl): the record and its related
// parts from the CRM, or the CRM's failure as a page.
// The record is the request's {id}.
web::HttpResponse record_page(const Context& context, const Request& request, const std::string& module,
    std::string_view title_key, const RecordFill& fill);

// The same page for a record already read (or the failure to read it).
web::HttpResponse record_page(const Context& context, const Request& request, base::Result<RecordWithRelated> detail,
    std::string_view title_key, const RecordFill& fill);

}
