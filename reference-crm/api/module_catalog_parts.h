#pragma once

#include "reference-crm/api/module_catalog.h"

// Builders shared by the module definitions of module_catalog*.cpp.
namespace refcrm::api::catalog_parts {

inline FieldDef owner_field()
{
    return { "assigned_user_id", "Assigned To", FieldType::owner, "r.assigned_user_id", true, k_users_type, "Users" };
}
inline FieldDef created_field() { return { "createdtime", "Created Time", FieldType::datetime, "r.created_at" }; }
inline FieldDef modified_field() { return { "modifiedtime", "Modified Time", FieldType::datetime, "r.modified_at" }; }

inline FieldDef reference(
    std::string_view name, std::string_view label, std::string_view column, int type, std::string_view module)
{
    return { name, label, FieldType::reference, column, false, type, module };
}

}

namespace refcrm::api {

ModuleDef documents();
ModuleDef services();
ModuleDef quotes();
ModuleDef invoice();
ModuleDef service_contracts();
ModuleDef assets();
ModuleDef project();
ModuleDef project_task();
ModuleDef project_milestone();

}
