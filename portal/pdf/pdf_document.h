#pragma once

#include "base/result.h"

#include <string>
#include <utility>
#include <vector>

// A printable sales document (invoice, quote, order) as plain values; the
// PDF library (cairo with pango) stays inside this folder.
namespace portal::pdf {

using LabelledValue = std::pair<std::string, std::string>;

struct SalesDocument {
    std::string company_name;
    std::string logo_file; // a PNG file to show above the company name; empty: none
    bool right_to_left = false; // Arabic: the page is laid out from the right
    std::string title; // "Invoice INV12"
    std::string subject;
    std::vector<LabelledValue> details; // customer, dates, status, addresses …
    std::vector<std::string> columns; // header of the line table; the first column is the widest
    std::vector<std::vector<std::string>> lines;
    std::vector<LabelledValue> totals;
    std::string notes; // terms and conditions
};

// The document as the bytes of a PDF file (A4), several pages when the
// lines do not fit on one. Text that is not valid UTF-8 is repaired.
base::Result<std::string> render_sales_document(const SalesDocument& document);

}
