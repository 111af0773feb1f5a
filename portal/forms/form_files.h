#pragma once

#include "crm-connector/crm_records.h"
#include "portal/forms/form.h"
#include "portal/views/catalog.h"
#include "web/http_request.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// The files posted in one file input (several with `multiple`), with names
// safe to pass on: no folders, no control characters. An input left empty
// (a part with no file name and no bytes) gives none.
std::vector<crm::Upload> uploaded_files(const web::HttpRequest& request, std::string_view field);

// What is wrong with the files of one form, if anything: files where the
// form takes none, or more bytes together than $upload_maxsize allows.
std::optional<FormProblem> files_problem(const Catalog& words, std::string_view field,
    const std::vector<crm::Upload>& files, bool accepted, std::size_t max_bytes);

// A size as the customer's language writes it: "5 MB", "1,5 Mo", "300 KB".
std::string size_text(const Catalog& words, std::size_t bytes);

}
