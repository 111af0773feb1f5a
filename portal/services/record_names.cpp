#include "portal/services/record_names.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/parallel.h"

#include <functional>
#include <set>

namespace portal {

namespace {

using Names = std::map<std::string, std::string>;

bool is_name_field(const crm::FieldDescription& field) { return field.type == "reference" || field.type == "owner"; }

constexpr const char* k_comment_people[] = { "customer", "creator", "assigned_user_id" };

// The ids the page shows, each with the module a reference field refers to
// (empty for owners and comment authors: no CRM call lists users).
std::map<std::string, std::string> wanted_ids(const NamesWanted& wanted)
{
    std::map<std::string, std::string> ids;
    for (const auto& field : wanted.description.fields) {
        const crm::FieldValue* value = wanted.record.field(field.name);
        if (is_name_field(field) && value && !value->value.empty())
            ids.emplace(value->value, field.refers_to.empty() ? std::string() : field.refers_to.front());
    }
    for (const auto& comment : wanted.comments) {
        for (const char* name : k_comment_people) {
            if (const crm::FieldValue* value = comment.field(name); value && !value->value.empty())
                ids.emplace(value->value, std::string());
        }
    }
    return ids;
}

void add_sent_labels(const crm::Record& record, Names& names)
{
    for (const auto& [name, value] : record.fields) {
        if (value.label && !value.value.empty() && !value.label->empty())
            names.emplace(value.value, *value.label);
    }
}

void add_session_names(const Session& session, Names& names)
{
    const auto& modules = session.modules();
    names.emplace(modules.contact.id, modules.contact.label);
    if (modules.account)
        names.emplace(modules.account->id, modules.account->label);
    if (!modules.default_assignee.id.empty() && !modules.default_assignee.label.empty())
        names.emplace(modules.default_assignee.id, modules.default_assignee.label);
}

// FetchHistory names owners and references (docs/json-api.md, Related records and history): the author
// of each change, and the value a field was changed to. The history comes
// newest first, so a field's first change names the record's current value.
void add_history_names(const NamesWanted& wanted, Names& names)
{
    std::set<std::string> seen;
    for (const auto& entry : wanted.history) {
        if (!entry.modified_by.id.empty() && !entry.modified_by.label.empty())
            names.emplace(entry.modified_by.id, entry.modified_by.label);
        for (const auto& change : entry.changes) {
            if (!seen.insert(change.field).second)
                continue;
            const auto* field = wanted.description.field(change.field);
            const crm::FieldValue* value = wanted.record.field(change.field);
            if (field && is_name_field(*field) && value && !value->value.empty() && !change.current.empty())
                names.emplace(value->value, change.current);
        }
    }
}

// The portal modules that still have to name some of the wanted ids.
std::set<std::string> modules_to_ask(
    const Session& session, const std::map<std::string, std::string>& ids, const Names& names)
{
    std::set<std::string> modules;
    for (const auto& [id, module] : ids) {
        if (!names.contains(id) && !module.empty() && session.modules().find(module))
            modules.insert(module);
    }
    return modules;
}

void add_reference_candidates(
    const Context& context, const crm::Credentials& credentials, const std::set<std::string>& modules, Names& names)
{
    using Candidates = base::Result<std::vector<crm::LabelledRecord>>;
    std::vector<std::function<Candidates()>> calls;
    for (const auto& module : modules)
        calls.emplace_back(
            [&context, &credentials, module] { return context.crm.fetch_reference_records(credentials, module); });
    auto answers = crm::run_parallel(std::move(calls));
    for (auto& answer : answers) {
        if (!answer.ok()) {
            base::log::info("crm", "names of references left out: " + answer.error().message());
            continue;
        }
        for (const auto& candidate : *answer)
            names.emplace(candidate.id.to_string(), std::string(base::trim(candidate.label)));
    }
}

}

std::map<std::string, std::string> resolve_names(
    const Context& context, const Session& session, const crm::Credentials& credentials, const NamesWanted& wanted)
{
    auto ids = wanted_ids(wanted);
    Names names;
    add_sent_labels(wanted.record, names);
    for (const auto& comment : wanted.comments)
        add_sent_labels(comment, names);
    add_session_names(session, names);
    for (const auto& [id, module] : ids) {
        if (auto known = session.known_name(id))
            names.emplace(id, *known);
    }
    add_history_names(wanted, names);
    if (auto modules = modules_to_ask(session, ids, names); !modules.empty())
        add_reference_candidates(context, credentials, modules, names);
    Names found;
    for (const auto& [id, module] : ids) {
        if (auto name = names.find(id); name != names.end() && !name->second.empty()) {
            session.remember_name(id, name->second);
            found.emplace(id, name->second);
        }
    }
    return found;
}

}
