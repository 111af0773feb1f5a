#include "reference-crm/api/history_log.h"

namespace refcrm::api {

namespace {

storage::Param optional_param(const std::optional<std::int64_t>& value)
{
    return value ? storage::Param(*value) : storage::Param(nullptr);
}

storage::Param optional_text(const std::optional<std::string>& value)
{
    return value ? storage::Param(*value) : storage::Param(nullptr);
}

}

base::Result<void> record_change(storage::Connection& db, const WsId& record, const ChangeAuthor& author,
    ChangeStatus status, const std::vector<FieldChange>& changes)
{
    if (changes.empty())
        return {};
    std::int64_t change_id = TRY(db.insert("INSERT INTO history_changes (related_type_id, related_id, user_id, "
                                           "contact_id, status) VALUES (?, ?, ?, ?, ?)",
        { std::int64_t { record.type_id }, record.row_id, optional_param(author.user_id),
            optional_param(author.contact_id), std::int64_t { static_cast<int>(status) } }));
    for (const auto& change : changes) {
        TRY(db.update("INSERT INTO history_details (change_id, fieldname, prevalue, postvalue) VALUES (?, ?, ?, ?)",
            { change_id, change.field, optional_text(change.previous), optional_text(change.current) }));
    }
    return {};
}

}
