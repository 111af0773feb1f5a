#include "reference-crm/api/module_catalog_parts.h"

// Documents, Assets and the Project family (docs/json-api.md, Modules, A.1.9).
namespace refcrm::api {

using namespace catalog_parts;

namespace {

FieldDef project_field() { return reference("projectid", "Related to", "r.project_id", k_project_type, "Project"); }

}

ModuleDef documents()
{
    return { "Documents", "Documents", k_documents_type, "documents", "notes_title", ScopeRule::linked_documents, true,
        {
            { "notes_title", "Title", FieldType::string, "r.title", true },
            { "note_no", "Document No", FieldType::string, "r.document_no" },
            { "filename", "File Name", FieldType::file, "r.filename" },
            { "filetype", "File Type", FieldType::string, "r.filetype" },
            { "filesize", "File Size", FieldType::integer, "r.filesize" },
            { "filelocationtype", "Download Type", FieldType::picklist, "r.location_type", false, 0, {}, { "I", "E" } },
            { "filestatus", "Active", FieldType::boolean, "r.active" },
            { "filedownloadcount", "Download Count", FieldType::integer, "r.download_count" },
            { "notecontent", "Note", FieldType::text, "r.note" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

ModuleDef assets()
{
    return { "Assets", "Assets", k_assets_type, "assets", "assetname", ScopeRule::contact_or_organisation, true,
        {
            { "asset_no", "Asset No", FieldType::string, "r.asset_no" },
            { "assetname", "Asset Name", FieldType::string, "r.name", true },
            { "serialnumber", "Serial Number", FieldType::string, "r.serial_number", true },
            reference("product", "Product Name", "r.product_id", k_products_type, "Products"),
            { "assetstatus", "Status", FieldType::picklist, "r.status", true, 0, {},
                { "In Service", "Out-of-service" } },
            { "datesold", "Date Sold", FieldType::date, "r.date_sold" },
            { "dateinservice", "Date in Service", FieldType::date, "r.date_in_service" },
            reference("contact", "Contact Name", "r.contact_id", k_contacts_type, "Contacts"),
            reference("account", "Customer Name", "r.organisation_id", k_accounts_type, "Accounts"),
            { "description", "Description", FieldType::text, "r.description" },
            owner_field(),
            created_field(),
            modified_field(),
        } };
}

ModuleDef project()
{
    return { "Project", "Projects", k_project_type, "projects", "projectname", ScopeRule::contact_or_organisation, true,
        {
            { "projectname", "Project Name", FieldType::string, "r.name", true },
            { "project_no", "Project No", FieldType::string, "r.project_no" },
            { "projectstatus", "Status", FieldType::picklist, "r.status", false, 0, {},
                { "prospecting", "initiated", "in progress", "waiting for feedback", "on hold", "completed",
                    "delivered", "archived" } },
            { "startdate", "Start Date", FieldType::date, "r.start_date" },
            { "targetenddate", "Target End Date", FieldType::date, "r.target_end_date" },
            { "progress", "Progress", FieldType::string, "r.progress" },
            reference("linktoaccountscontacts", "Related to", "r.organisation_id", k_accounts_type, "Accounts"),
            { "description", "Description", FieldType::text, "r.description" },
            owner_field(),
            created_field(),
            modified_field(),
        },
        "Projects" };
}

ModuleDef project_task()
{
    return { "ProjectTask", "Project Tasks", k_project_task_type, "project_tasks", "projecttaskname",
        ScopeRule::project_children, true,
        {
            { "projecttaskname", "Project Task Name", FieldType::string, "r.name", true },
            { "projecttask_no", "Project Task No", FieldType::string, "r.task_no" },
            project_field(),
            { "projecttaskstatus", "Status", FieldType::picklist, "r.status", false, 0, {},
                { "Open", "In Progress", "Completed", "Deferred", "Canceled" } },
            { "projecttaskpriority", "Priority", FieldType::picklist, "r.priority", false, 0, {},
                { "low", "normal", "high" } },
            { "projecttaskprogress", "Progress", FieldType::string, "r.progress" },
            { "startdate", "Start Date", FieldType::date, "r.start_date" },
            { "enddate", "End Date", FieldType::date, "r.end_date" },
            { "description", "Description", FieldType::text, "r.description" },
            owner_field(),
            created_field(),
            modified_field(),
        },
        "Project Tasks", k_project_type, "r.project_id" };
}

ModuleDef project_milestone()
{
    return { "ProjectMilestone", "Project Milestones", k_project_milestone_type, "project_milestones",
        "projectmilestonename", ScopeRule::project_children, true,
        {
            { "projectmilestonename", "Project Milestone Name", FieldType::string, "r.name", true },
            { "projectmilestone_no", "Project Milestone No", FieldType::string, "r.milestone_no" },
            project_field(),
            { "projectmilestonedate", "Milestone Date", FieldType::date, "r.milestone_date" },
            { "projectmilestonetype", "Type", FieldType::picklist, "r.type", false, 0, {},
                { "administrative", "operative", "other" } },
            { "description", "Description", FieldType::text, "r.description" },
            owner_field(),
            created_field(),
            modified_field(),
        },
        "Project Milestones", k_project_type, "r.project_id" };
}

}
