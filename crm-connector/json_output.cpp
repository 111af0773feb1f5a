#include "crm-connector/json_output.h"

#include "base/strings.h"

namespace crm {

namespace {

Json to_json(const FieldValue& value)
{
    if (!value.label)
        return value.value;
    return Json { { "value", value.value }, { "label", *value.label } };
}

Json to_json(const Reference& reference) { return Json { { "id", reference.id }, { "label", reference.label } }; }

Json to_json(const ModuleInfo& module)
{
    return Json { { "name", module.name }, { "label", module.label }, { "uiLabel", module.ui_label },
        { "order", module.order }, { "create", module.can_create }, { "edit", module.can_edit },
        { "organisationScope", module.organisation_scope } };
}

Json to_json(const FieldDescription& field)
{
    Json picklist = Json::array();
    for (const PicklistValue& value : field.picklist_values)
        picklist.push_back(Json { { "value", value.value }, { "label", value.label } });
    return Json { { "name", field.name }, { "label", field.label }, { "type", field.type },
        { "mandatory", field.mandatory }, { "editable", field.editable }, { "default", field.default_value },
        { "blockLabel", field.block_label }, { "picklistValues", picklist }, { "refersTo", field.refers_to } };
}

template<typename Item>
Json list_of(const std::vector<Item>& items)
{
    Json list = Json::array();
    for (const Item& item : items)
        list.push_back(to_json(item));
    return list;
}

}

Json to_json(const Record& record)
{
    Json object = Json::object();
    for (const auto& [name, value] : record.fields)
        object[name] = to_json(value);
    return object;
}

Json to_json(const std::vector<Record>& records) { return list_of(records); }

Json to_json(const RecordPage& page)
{
    return Json { { "records", to_json(page.records) },
        { "count", page.total_count ? Json(*page.total_count) : Json() } };
}

Json to_json(const PortalModules& modules)
{
    return Json { { "contact", to_json(modules.contact) },
        { "account", modules.account ? to_json(*modules.account) : Json() },
        { "defaultAssignee", to_json(modules.default_assignee) }, { "modules", list_of(modules.modules) } };
}

Json to_json(const ModuleDescription& description)
{
    return Json { { "name", description.name }, { "label", description.label }, { "idPrefix", description.id_prefix },
        { "labelFields", description.label_fields }, { "fields", list_of(description.fields) } };
}

Json to_json(const Profile& profile)
{
    return Json { { "contact", to_json(profile.contact) },
        { "organisation", profile.organisation ? to_json(*profile.organisation) : Json() } };
}

Json to_json(const std::vector<ModuleNames>& modules)
{
    Json list = Json::array();
    for (const ModuleNames& module : modules)
        list.push_back(Json { { "module", module.module }, { "names", module.names } });
    return list;
}

Json to_json(const std::vector<RecentRecords>& widgets)
{
    Json list = Json::array();
    for (const RecentRecords& widget : widgets)
        list.push_back(Json { { "module", widget.module }, { "records", to_json(widget.records) } });
    return list;
}

Json to_json(const std::vector<HistoryEntry>& history)
{
    Json list = Json::array();
    for (const HistoryEntry& entry : history) {
        Json changes = Json::array();
        for (const FieldChange& change : entry.changes)
            changes.push_back(
                Json { { "field", change.field }, { "previous", change.previous }, { "current", change.current } });
        list.push_back(Json { { "id", entry.record.to_string() }, { "label", entry.label }, { "status", entry.status },
            { "modifiedTime", entry.modified_time }, { "modifiedBy", to_json(entry.modified_by) },
            { "changes", changes } });
    }
    return list;
}

Json to_json(const std::vector<LabelledRecord>& records)
{
    Json list = Json::array();
    for (const LabelledRecord& record : records)
        list.push_back(Json { { "id", record.id.to_string() }, { "label", record.label } });
    return list;
}

Json to_json(const std::vector<SearchHits>& modules)
{
    Json list = Json::array();
    for (const SearchHits& module : modules)
        list.push_back(Json { { "module", module.module }, { "uiLabel", module.ui_label },
            { "labelField", module.label_field }, { "hits", to_json(module.hits) } });
    return list;
}

Json to_json(const DownloadedFile& file)
{
    return Json { { "fileId", file.file_id }, { "filename", file.filename }, { "contentType", file.content_type },
        { "size", file.bytes.size() }, { "contentsBase64", base::base64_encode(file.bytes) } };
}

Json to_json(const std::vector<std::string>& names) { return Json(names); }

}
