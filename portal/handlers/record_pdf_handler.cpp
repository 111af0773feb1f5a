#include "base/log.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_handlers.h"
#include "portal/pages/record_text.h"
#include "portal/pages/record_view.h"
#include "portal/pdf/pdf_document.h"
#include "portal/services/record_service.h"
#include "web/download.h"

#include <algorithm>
#include <filesystem>

namespace portal {

namespace {

// The logo for a PDF: $logoPath (or the theme's logo) as a PNG file under the
// portal's folder. A URL on another site or another image format is left out.
std::string logo_file(const Renderer& renderer)
{
    std::string url = renderer.site_value("LOGO_URL");
    namespace fs = std::filesystem;
    if (!url.starts_with('/') || url.starts_with("//") || !url.ends_with(".png")) {
        base::log::info("pdf", "logo '" + url + "' left out of PDFs: only a PNG file on this site can go in");
        return {};
    }
    std::error_code error;
    fs::path root = fs::weakly_canonical(renderer.root(), error);
    fs::path file = fs::weakly_canonical(root / url.substr(1), error);
    bool inside = !error && file.native().starts_with(root.native() + "/") && fs::is_regular_file(file, error);
    if (!inside) {
        base::log::warning("pdf", "logo '" + url + "' is no file under the portal's folder; left out of PDFs");
        return {};
    }
    return file.native();
}

// The record's number: its first "…_no" field (invoice_no, quote_no …).
std::string record_number(const RecordDetail& detail)
{
    for (const auto& field : detail.description.fields) {
        if (field.name.ends_with("_no"))
            return field_text(detail.record, field.name);
    }
    return {};
}

bool is_detail(const crm::FieldDescription& field, const RecordDetail& detail)
{
    const auto& titles = detail.description.label_fields;
    bool title = std::find(titles.begin(), titles.end(), field.name) != titles.end();
    return !title && !field.name.ends_with("_no") && !is_amount(field) && field.type != "owner"
        && field.type != "datetime" && field.name != "terms_conditions";
}

pdf::SalesDocument sales_document(
    const Renderer& renderer, const Catalog& words, const Session& session, const RecordDetail& detail)
{
    pdf::SalesDocument document;
    document.company_name = renderer.site_value("COMPANY_NAME");
    document.logo_file = logo_file(renderer);
    document.right_to_left = words.text("LANGUAGE_DIRECTION") == "rtl";
    document.title = detail.description.label + " " + record_number(detail);
    document.subject = record_title(detail.description, detail.record);
    document.details.emplace_back(words.text("LBL_CUSTOMER"), session.modules().contact.label);
    for (const auto& field : detail.description.fields) {
        const crm::FieldValue* value = detail.record.field(field.name);
        if (!value || !is_detail(field, detail))
            continue;
        auto text = display_text(words, session, detail.description, field, *value);
        if (text && !text->empty())
            document.details.emplace_back(field.label.empty() ? field.name : field.label, *text);
    }
    document.columns = { words.text("LBL_ITEM"), words.text("LBL_QUANTITY"), words.text("LBL_UNIT_PRICE"),
        words.text("LBL_DISCOUNT"), words.text("LBL_NET_PRICE"), words.text("LBL_TAX") };
    for (const auto& item : detail.line_items.value_or(std::vector<crm::LineItem> {}))
        document.lines.push_back(line_item_texts(words, item));
    document.totals = record_totals(words, session, detail);
    document.notes = field_text(detail.record, "terms_conditions");
    return document;
}

// A file name made of the record number's letters and digits only.
std::string pdf_file_name(const std::string& number, const crm::RecordId& id)
{
    std::string name;
    for (char c : number.empty() ? id.to_string() : number) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
            name += c;
    }
    return (name.empty() ? "document" : name) + ".pdf";
}

}

web::HttpResponse show_record_pdf(
    const Context& context, Request& request, const RecordModule& module, const crm::RecordId& id)
{
    std::string language = request.language;
    auto detail = record_detail(context, *request.session, language, module, id, false);
    if (!detail.ok())
        return record_failure(context, request, detail.error());
    if (!detail->shares_amounts())
        return error_page(context, request, 404, "LBL_NO_PDF_TITLE", "LBL_AMOUNTS_NOT_SHARED");
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    auto bytes = pdf::render_sales_document(sales_document(*renderer, words, *request.session, *detail));
    if (!bytes.ok()) {
        base::log::error("pdf", request.path + ": " + bytes.error().message());
        return error_page(context, request, 500, "LBL_PDF_FAILED_TITLE", "LBL_PDF_FAILED");
    }
    return web::file_response(
        std::move(*bytes), pdf_file_name(record_number(*detail), id), "application/pdf", web::Disposition::inline_view);
}

}
