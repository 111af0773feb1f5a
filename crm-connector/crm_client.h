#pragma once

#include "base/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crm {

// The contact's portal login, sent with every call (the JSON API is stateless).
struct Credentials {
    std::string username;
    std::string password;
    std::string language; // "en_us"; empty: the CRM's default
};

// A web-service id "<module prefix>x<number>", e.g. 17x101.
class RecordId {
public:
    RecordId() = default;
    RecordId(int module_prefix, std::int64_t number)
        : m_module_prefix(module_prefix)
        , m_number(number)
    {
    }
    static std::optional<RecordId> parse(std::string_view text);

    int module_prefix() const { return m_module_prefix; }
    std::int64_t number() const { return m_number; }
    bool is_new() const { return m_number == 0; }
    std::string to_string() const;
    bool operator==(const RecordId&) const = default;

private:
    int m_module_prefix = 0;
    std::int64_t m_number = 0;
};

// A field as the CRM sent it. References may arrive resolved
// ({"value":"12x101","label":"Jane Doe"}): then label is set.
struct FieldValue {
    std::string value;
    std::optional<std::string> label;

    const std::string& display() const { return label ? *label : value; }
};

// One record, every field the CRM sent, in the CRM's order.
struct Record {
    RecordId id;
    std::vector<std::pair<std::string, FieldValue>> fields;

    const FieldValue* field(std::string_view name) const;
    std::string value_of(std::string_view name) const;
};

struct Reference {
    std::string id; // "12x101"; empty when the CRM has none
    std::string label;
};

struct ModuleInfo {
    std::string name;     // "HelpDesk"
    std::string label;    // relation label, passed back as moduleLabel
    std::string ui_label; // translated module name: "Tickets"
    int order = 0;
    bool can_create = false;
    bool can_edit = false;
    bool organisation_scope = false; // recordvisibility "1"
};

// FetchModules: who the contact is and which modules the portal shows, in order.
struct PortalModules {
    Reference contact;
    std::optional<Reference> account;
    Reference default_assignee;
    std::vector<ModuleInfo> modules;

    const ModuleInfo* find(std::string_view name) const;
};

enum class Scope { configured, mine, all };

struct RecordsQuery {
    std::string module;
    std::string module_label; // empty: same as module
    Scope scope = Scope::configured;
    std::vector<std::pair<std::string, std::string>> filters; // field = value
    bool match_any = false;                                   // groupConditions OR
    std::optional<std::string> order_by;                      // default: modifiedtime
    bool descending = true;
    int page = 0;        // zero-based
    int page_limit = 50; // the CRM caps at 100
};

struct RecordPage {
    std::vector<Record> records;
    std::optional<std::int64_t> total_count; // absent when the CRM gave none
};

struct PicklistValue {
    std::string value;
    std::string label;
};

struct FieldDescription {
    std::string name;
    std::string label;
    std::string type; // "string", "picklist", "reference", "owner", …
    bool mandatory = false;
    bool editable = false;
    std::string default_value;
    std::string block_label;
    std::vector<PicklistValue> picklist_values;
    std::vector<std::string> refers_to;
};

// DescribeModule: the portal-visible fields in portal order.
struct ModuleDescription {
    std::string name;
    std::string label;
    std::string id_prefix;
    std::vector<std::string> label_fields;
    std::vector<FieldDescription> fields;

    const FieldDescription* field(std::string_view name) const;
};

// The CRM's customer-portal API, one call per operation, named after it.
// Every call may fail with a base::Error whose code is in crm_error.h.
// Implementations are thread-safe.
class CrmClient {
public:
    virtual ~CrmClient() = default;

    virtual base::Result<void> ping(const Credentials& credentials) = 0;
    virtual base::Result<PortalModules> fetch_modules(const Credentials& credentials) = 0;
    virtual base::Result<ModuleDescription> describe_module(const Credentials& credentials, std::string_view module) = 0;
    virtual base::Result<RecordPage> fetch_records(const Credentials& credentials, const RecordsQuery& query) = 0;
    virtual base::Result<Record> fetch_record(const Credentials& credentials, const RecordId& id,
        std::optional<RecordId> parent = std::nullopt)
        = 0;
};

}
