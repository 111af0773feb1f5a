#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace refcrm::api {

// Web-service type ids (id prefixes) as in a stock Vtiger; the same values
// are in the ws_entity_types table.
inline constexpr int k_faq_type = 3;
inline constexpr int k_quotes_type = 4;
inline constexpr int k_invoice_type = 7;
inline constexpr int k_accounts_type = 11;
inline constexpr int k_contacts_type = 12;
inline constexpr int k_products_type = 14;
inline constexpr int k_documents_type = 15;
inline constexpr int k_helpdesk_type = 17;
inline constexpr int k_users_type = 19;
inline constexpr int k_service_contracts_type = 25;
inline constexpr int k_services_type = 26;
inline constexpr int k_project_milestone_type = 27;
inline constexpr int k_project_task_type = 28;
inline constexpr int k_project_type = 29;
inline constexpr int k_comments_type = 30;
inline constexpr int k_assets_type = 32;

// The largest file SaveRecord accepts for a document (Vtiger's default
// upload limit, shown by DescribeModule as maxUploadFileSize).
inline constexpr std::int64_t k_max_upload_bytes = 64'000'000;

enum class FieldType {
    string,
    text,
    picklist,
    date,
    datetime,
    reference,
    owner,
    email,
    phone,
    url,
    boolean,
    currency,
    integer,
    file,
};

// One CRM field as the API names it, and where its value lives. column is
// SQL over the module's table aliased "r"; it is code, never client input.
struct FieldDef {
    std::string_view name = {};
    std::string_view label = {};
    FieldType type = FieldType::string;
    std::string_view column = {};
    bool mandatory = false;
    int reference_type = 0;
    std::string_view refers_to = {};
    std::vector<std::string_view> picklist = {};
};

// Which records of a module a contact may see (docs/json-api.md, Scope).
// contact_or_organisation: the record's contact_id / organisation_id;
// linked_documents: documents linked to the contact, the organisation or
// one of their cases or projects; project_children: through the Project.
enum class ScopeRule {
    contact_or_organisation,
    published_faq,
    product_catalogue,
    service_catalogue,
    linked_documents,
    project_children,
    own_contact,
    own_organisation,
};

struct ModuleDef {
    std::string_view name = {};
    std::string_view ui_label = {};
    int type_id = 0;
    std::string_view table = {};
    std::string_view label_fields = {};
    ScopeRule scope = ScopeRule::own_contact;
    // Contacts and Accounts answer FetchRecords with no paging and a null count.
    bool paged = true;
    std::vector<FieldDef> fields = {};
    // The Contacts → module relation label (FetchModules "label", passed
    // back as moduleLabel); empty means the module name.
    std::string_view relation_label = {};
    // ProjectTask/ProjectMilestone: the parent's type and the column naming it.
    int parent_type = 0;
    std::string_view parent_column = {};

    const FieldDef* field(std::string_view field_name) const;
    std::string_view label() const { return relation_label.empty() ? name : relation_label; }
};

const ModuleDef* find_module(std::string_view name);
// Every module the reference CRM serves, in catalogue order.
const std::vector<ModuleDef>& all_modules();
const ModuleDef* find_module_by_type(int type_id);

// The SQL expression that yields the field's API text: date-times as
// "YYYY-MM-DD HH:MM:SS", references as "<type>x<id>" (NULL when unset).
std::string value_sql(const FieldDef& field);

std::string_view type_name(FieldType type);

}
