#include "reference-crm/api/module_catalog.h"

#include "reference-crm/api/module_catalog_parts.h"

namespace refcrm::api {

namespace {

using namespace catalog_parts;

ModuleDef helpdesk()
{
    return { "HelpDesk", "Tickets", k_helpdesk_type, "tickets", "ticket_title", ScopeRule::contact_or_organisation,
        true,
        {
            { "ticket_no", "Ticket No", FieldType::string, "r.ticket_no" },
            { "ticket_title", "Title", FieldType::string, "r.title", true },
            { "ticketstatus", "Status", FieldType::picklist, "r.status", true, 0, {},
                { "Open", "In Progress", "Wait For Response", "Closed" } },
            { "ticketpriorities", "Priority", FieldType::picklist, "r.priority", true, 0, {},
                { "Low", "Normal", "High", "Urgent" } },
            { "ticketseverities", "Severity", FieldType::picklist, "r.severity", false, 0, {},
                { "Minor", "Major", "Feature", "Critical" } },
            { "ticketcategories", "Category", FieldType::picklist, "r.category", false, 0, {},
                { "Big Problem", "Small Problem", "Other Problem" } },
            reference("product_id", "Product Name", "r.product_id", k_products_type, "Products"),
            { "description", "Description", FieldType::text, "r.description" },
            { "solution", "Solution", FieldType::text, "r.solution" },
            owner_field(),
            reference("contact_id", "Contact Name", "r.contact_id", k_contacts_type, "Contacts"),
            reference("parent_id", "Organization Name", "r.organisation_id", k_accounts_type, "Accounts"),
            created_field(),
            modified_field(),
        } };
}

ModuleDef faq()
{
    return { "Faq", "FAQ", k_faq_type, "faqs", "question", ScopeRule::published_faq, true,
        {
            { "question", "Question", FieldType::text, "r.question", true },
            { "faq_answer", "Answer", FieldType::text, "r.answer", true },
            { "faqstatus", "Status", FieldType::picklist, "r.status", true, 0, {},
                { "Draft", "Reviewed", "Published", "Obsolete" } },
            { "faqcategories", "Category", FieldType::picklist, "r.category", false, 0, {},
                { "General", "Account & Login", "Billing", "Hardware" } },
            reference("product_id", "Product Name", "r.product_id", k_products_type, "Products"),
            created_field(),
            modified_field(),
            // Extension (migration 007): FetchRecord of a published FAQ counts a view.
            { "view_count", "Views", FieldType::integer, "r.view_count" },
        } };
}

ModuleDef products()
{
    return { "Products", "Products", k_products_type, "products", "productname", ScopeRule::product_catalogue, true,
        {
            { "productname", "Product Name", FieldType::string, "r.name", true },
            { "product_no", "Product No", FieldType::string, "r.product_no" },
            { "productcategory", "Product Category", FieldType::string, "r.category" },
            { "unit_price", "Unit Price", FieldType::currency, "r.unit_price" },
            { "discontinued", "Product Active", FieldType::boolean, "r.active" },
            { "description", "Description", FieldType::text, "r.description" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

ModuleDef contacts()
{
    return { "Contacts", "Contacts", k_contacts_type, "contacts", "firstname,lastname", ScopeRule::own_contact, false,
        {
            { "firstname", "First Name", FieldType::string, "r.first_name" },
            { "lastname", "Last Name", FieldType::string, "r.last_name", true },
            { "email", "Email", FieldType::email, "r.email" },
            { "phone", "Office Phone", FieldType::phone, "r.phone" },
            { "title", "Title", FieldType::string, "r.title" },
            reference("account_id", "Organization Name", "r.organisation_id", k_accounts_type, "Accounts"),
            { "portal", "Portal User", FieldType::boolean, "r.portal" },
            { "support_start_date", "Support Start Date", FieldType::date, "r.support_start_date" },
            { "support_end_date", "Support End Date", FieldType::date, "r.support_end_date" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

ModuleDef accounts()
{
    return { "Accounts", "Organizations", k_accounts_type, "organisations", "accountname", ScopeRule::own_organisation,
        false,
        {
            { "accountname", "Organization Name", FieldType::string, "r.name", true },
            reference("account_id", "Member Of", "r.member_of", k_accounts_type, "Accounts"),
            { "phone", "Phone", FieldType::phone, "r.phone" },
            { "email1", "Email", FieldType::email, "r.email" },
            { "website", "Website", FieldType::url, "r.website" },
            { "bill_city", "Billing City", FieldType::string, "r.city" },
            { "bill_country", "Billing Country", FieldType::string, "r.country" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

const std::vector<ModuleDef>& catalog()
{
    static const std::vector<ModuleDef> modules { helpdesk(), faq(), products(), contacts(), accounts(), documents(),
        services(), quotes(), invoice(), assets(), project(), project_task(), project_milestone(),
        service_contracts() };
    return modules;
}

}

const FieldDef* ModuleDef::field(std::string_view field_name) const
{
    for (const auto& candidate : fields) {
        if (candidate.name == field_name)
            return &candidate;
    }
    return nullptr;
}

const std::vector<ModuleDef>& all_modules() { return catalog(); }

const ModuleDef* find_module(std::string_view name)
{
    for (const auto& module : catalog()) {
        if (module.name == name)
            return &module;
    }
    return nullptr;
}

const ModuleDef* find_module_by_type(int type_id)
{
    for (const auto& module : catalog()) {
        if (module.type_id == type_id)
            return &module;
    }
    return nullptr;
}

std::string value_sql(const FieldDef& field)
{
    std::string column(field.column);
    switch (field.type) {
    case FieldType::datetime:
        return "DATE_FORMAT(" + column + ", '%Y-%m-%d %H:%i:%s')";
    case FieldType::date:
        return "DATE_FORMAT(" + column + ", '%Y-%m-%d')";
    case FieldType::reference:
    case FieldType::owner:
        return "CONCAT('" + std::to_string(field.reference_type) + "x', " + column + ")";
    default:
        return column;
    }
}

std::string_view type_name(FieldType type)
{
    switch (type) {
    case FieldType::string:
        return "string";
    case FieldType::text:
        return "text";
    case FieldType::picklist:
        return "picklist";
    case FieldType::date:
        return "date";
    case FieldType::datetime:
        return "datetime";
    case FieldType::reference:
        return "reference";
    case FieldType::owner:
        return "owner";
    case FieldType::email:
        return "email";
    case FieldType::phone:
        return "phone";
    case FieldType::url:
        return "url";
    case FieldType::boolean:
        return "boolean";
    case FieldType::currency:
        return "currency";
    case FieldType::integer:
        return "integer";
    case FieldType::file:
        return "file";
    }
    return "string";
}

}
