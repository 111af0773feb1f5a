#include "reference-crm/api/module_catalog_parts.h"

// The inventory modules and their catalogue: Quotes, Invoice, Services and
// ServiceContracts. Amounts are the header totals Vtiger's FetchRecord
// returns (docs/json-api.md, Records); the lines live in line_items.
namespace refcrm::api {

using namespace catalog_parts;

namespace {

FieldDef organisation_field(std::string_view name, std::string_view label)
{
    return reference(name, label, "r.organisation_id", k_accounts_type, "Accounts");
}

FieldDef contact_field()
{
    return reference("contact_id", "Contact Name", "r.contact_id", k_contacts_type, "Contacts");
}

FieldDef amount(std::string_view name, std::string_view label, std::string_view column)
{
    return { name, label, FieldType::currency, column };
}

}

ModuleDef services()
{
    return { "Services", "Services", k_services_type, "services", "servicename", ScopeRule::service_catalogue, true,
        {
            { "servicename", "Service Name", FieldType::string, "r.name", true },
            { "service_no", "Service No", FieldType::string, "r.service_no" },
            { "servicecategory", "Service Category", FieldType::string, "r.category" },
            { "service_usageunit", "Usage Unit", FieldType::string, "r.usage_unit" },
            amount("unit_price", "Price", "r.unit_price"),
            { "discontinued", "Active", FieldType::boolean, "r.active" },
            { "description", "Description", FieldType::text, "r.description" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

ModuleDef quotes()
{
    return { "Quotes", "Quotes", k_quotes_type, "quotes", "subject", ScopeRule::contact_or_organisation, true,
        {
            { "quote_no", "Quote No", FieldType::string, "r.quote_no" },
            { "subject", "Subject", FieldType::string, "r.subject", true },
            { "quotestage", "Quote Stage", FieldType::picklist, "r.stage", true, 0, {},
                { "Created", "Delivered", "Reviewed", "Accepted", "Rejected" } },
            { "validtill", "Valid Till", FieldType::date, "r.valid_till" },
            contact_field(),
            organisation_field("account_id", "Organization Name"),
            { "bill_street", "Billing Address", FieldType::text, "r.bill_street" },
            { "ship_street", "Shipping Address", FieldType::text, "r.ship_street" },
            amount("hdnSubTotal", "Sub Total", "r.subtotal"),
            amount("hdnDiscountAmount", "Discount Amount", "r.discount_amount"),
            amount("pre_tax_total", "Pre Tax Total", "r.pre_tax_total"),
            amount("tax_amount", "Tax", "r.tax_amount"),
            amount("hdnGrandTotal", "Total", "r.grand_total"),
            { "terms_conditions", "Terms & Conditions", FieldType::text, "r.terms" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

ModuleDef invoice()
{
    return { "Invoice", "Invoices", k_invoice_type, "invoices", "subject", ScopeRule::contact_or_organisation, true,
        {
            { "invoice_no", "Invoice No", FieldType::string, "r.invoice_no" },
            { "subject", "Subject", FieldType::string, "r.subject", true },
            { "invoicestatus", "Status", FieldType::picklist, "r.status", false, 0, {},
                { "AutoCreated", "Created", "Approved", "Sent", "Credit Invoice", "Paid", "Cancel" } },
            { "invoicedate", "Invoice Date", FieldType::date, "r.invoice_date" },
            { "duedate", "Due Date", FieldType::date, "r.due_date" },
            contact_field(),
            organisation_field("account_id", "Organization Name"),
            { "bill_street", "Billing Address", FieldType::text, "r.bill_street" },
            { "ship_street", "Shipping Address", FieldType::text, "r.ship_street" },
            amount("hdnSubTotal", "Sub Total", "r.subtotal"),
            amount("hdnDiscountAmount", "Discount Amount", "r.discount_amount"),
            amount("pre_tax_total", "Pre Tax Total", "r.pre_tax_total"),
            amount("tax_amount", "Tax", "r.tax_amount"),
            amount("hdnGrandTotal", "Total", "r.grand_total"),
            amount("received", "Received", "r.received"),
            amount("balance", "Balance", "r.balance"),
            { "terms_conditions", "Terms & Conditions", FieldType::text, "r.terms" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

ModuleDef service_contracts()
{
    return { "ServiceContracts", "Service Contracts", k_service_contracts_type, "service_contracts", "subject",
        ScopeRule::contact_or_organisation, true,
        {
            { "contract_no", "Contract No", FieldType::string, "r.contract_no" },
            { "subject", "Subject", FieldType::string, "r.subject", true },
            { "contract_status", "Status", FieldType::picklist, "r.status", false, 0, {},
                { "Undefined", "In Planning", "In Progress", "On Hold", "Complete", "Archived" } },
            { "start_date", "Start Date", FieldType::date, "r.start_date" },
            { "due_date", "Due Date", FieldType::date, "r.due_date" },
            { "tracking_unit", "Tracking Unit", FieldType::picklist, "r.tracking_unit", false, 0, {},
                { "None", "Hours", "Days", "Incidents" } },
            { "total_units", "Total Units", FieldType::string, "r.total_units" },
            { "used_units", "Used Units", FieldType::string, "r.used_units" },
            organisation_field("sc_related_to", "Related to"),
            owner_field(),
            created_field(),
            modified_field(),
        },
        "Service Contracts" };
}

}
