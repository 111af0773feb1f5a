#include "portal/services/record_modules.h"

namespace portal {

namespace {

constexpr std::string_view k_invoice[]
    = { "subject", "invoice_no", "invoicestatus", "invoicedate", "duedate", "hdnGrandTotal", "balance" };
constexpr std::string_view k_quote[] = { "subject", "quote_no", "quotestage", "validtill", "hdnGrandTotal" };
constexpr std::string_view k_sales_order[] = { "subject", "salesorder_no", "sostatus", "duedate", "hdnGrandTotal" };
constexpr std::string_view k_purchase_order[]
    = { "subject", "purchaseorder_no", "postatus", "duedate", "hdnGrandTotal" };
constexpr std::string_view k_product[] = { "productname", "product_no", "productcategory", "unit_price" };
constexpr std::string_view k_service[]
    = { "servicename", "service_no", "servicecategory", "service_usageunit", "unit_price" };
constexpr std::string_view k_asset[] = { "assetname", "asset_no", "serialnumber", "assetstatus", "dateinservice" };
constexpr std::string_view k_project[]
    = { "projectname", "project_no", "projectstatus", "progress", "startdate", "targetenddate" };
constexpr std::string_view k_contract[]
    = { "subject", "contract_no", "contract_status", "start_date", "due_date", "used_units", "total_units" };

constexpr RecordModule k_modules[] = {
    { "/invoices", "Invoice", k_invoice, true },
    { "/quotes", "Quotes", k_quote, true },
    { "/salesorders", "SalesOrder", k_sales_order, true },
    { "/purchaseorders", "PurchaseOrder", k_purchase_order, true },
    { "/products", "Products", k_product, false },
    { "/services", "Services", k_service, false },
    { "/assets", "Assets", k_asset, false },
    { "/projects", "Project", k_project, false },
    { "/servicecontracts", "ServiceContracts", k_contract, false },
};

}

std::span<const RecordModule> record_modules() { return k_modules; }

const RecordModule* record_module_of(std::string_view module)
{
    for (const auto& entry : k_modules) {
        if (entry.module == module)
            return &entry;
    }
    return nullptr;
}

}
