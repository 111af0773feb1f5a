#pragma once

#include <span>
#include <string_view>

namespace portal {

// A CRM module shown with the generic record list and detail pages, at
// `path` ("/invoices": the list, "/invoices/7x37": one record).
struct RecordModule {
    std::string_view path;
    std::string_view module; // the CRM's module name
    // The columns of the list, first the one that links to the record; the
    // CRM's visible fields decide which of them show.
    std::span<const std::string_view> list_fields;
    bool printable = false; // "<path>/<id>.pdf": the record as a PDF
};

// Every module with generic pages, in no particular order (the menu follows
// the CRM's order).
std::span<const RecordModule> record_modules();

// The pages of a CRM module; nullptr when it has none.
const RecordModule* record_module_of(std::string_view module);

}
