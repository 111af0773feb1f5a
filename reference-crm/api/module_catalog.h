#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refcrm::api {

// Web-service type ids (id prefixes) as in a stock Vtiger; the same values
// are in the ws_entity_types table.
inline constexpr int k_faq_type = 3;
inline constexpr int k_accounts_type = 11;
inline constexpr int k_contacts_type = 12;
inline constexpr int k_products_type = 14;
inline constexpr int k_helpdesk_type = 17;
inline constexpr int k_users_type = 19;
inline constexpr int k_comments_type = 31;

enum class FieldType { string, text, picklist, date, datetime, reference, owner, email, phone, url, boolean, currency };

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

// Which records of a module a contact may see (PROTOCOL.md A.1.9).
enum class ScopeRule { contact_tickets, published_faq, product_catalogue, own_contact, own_organisation };

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

    const FieldDef* field(std::string_view field_name) const;
};

const ModuleDef* find_module(std::string_view name);
const ModuleDef* find_module_by_type(int type_id);

// The SQL expression that yields the field's API text: date-times as
// "YYYY-MM-DD HH:MM:SS", references as "<type>x<id>" (NULL when unset).
std::string value_sql(const FieldDef& field);

std::string_view type_name(FieldType type);

}
