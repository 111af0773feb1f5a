#pragma once

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

// A record named by its label: search hits, reference candidates.
struct LabelledRecord {
    RecordId id;
    std::string label;
};

// Field name = value pairs: filters of a list, values of a save.
using FieldValues = std::vector<std::pair<std::string, std::string>>;

enum class Scope { configured, mine, all };

struct RecordsQuery {
    std::string module;
    std::string module_label; // empty: same as module
    Scope scope = Scope::configured;
    FieldValues filters; // field = value
    bool match_any = false; // groupConditions OR
    std::optional<std::string> order_by; // default: modifiedtime
    bool descending = true;
    int page = 0; // zero-based
    int page_limit = 50; // the CRM caps at 100
};

struct RecordPage {
    std::vector<Record> records;
    std::optional<std::int64_t> total_count; // absent when the CRM gave none
};

// FilterRecords: the older list call, sorted by one field, no count.
struct FilterQuery {
    std::string module;
    std::string module_label; // empty: same as module
    std::optional<std::string> order_by; // the field; its direction below
    bool descending = false;
    int limit = 50;
};

// ExportRecords: every matching record in scope, no paging.
struct ExportQuery {
    std::string module;
    std::string module_label; // empty: not sent
    Scope scope = Scope::configured;
    FieldValues filters;
    bool match_any = false;
};

// FetchRelatedRecords: the records of related_module tied to record.
struct RelatedQuery {
    RecordId record;
    std::string module; // module of record (Faq switches the access check)
    std::string related_module; // "ModComments", "Documents", "ProjectTask", …
    std::string related_module_label; // empty: same as related_module
    std::optional<RecordId> parent; // when record is reached through a parent
    int page = 0;
    int page_limit = 50;
};

// FetchHistory of one record, or of every in-scope record of the module.
struct HistoryQuery {
    std::string module;
    std::optional<RecordId> record;
    std::optional<RecordId> parent;
    int page = 0;
    int page_limit = 50; // counts changed fields, not change sets
};

// A file sent to the CRM (SaveRecord of a Documents record, AddComment).
struct Upload {
    std::string filename;
    std::string content_type; // empty: application/octet-stream
    std::string bytes;
};

// SaveRecord: create (no record, or "<prefix>x0") or update.
struct SaveRequest {
    std::string module;
    std::optional<RecordId> record;
    FieldValues values;
    std::optional<RecordId> parent; // Documents: link the new document to it
    std::string title; // Documents: sent as `filename`, becomes notes_title
    std::string attachment_type;
    std::optional<Upload> file;
};

struct NewComment {
    RecordId related_to;
    std::string content;
    std::optional<RecordId> parent;
    std::optional<Upload> file;
};

// DownloadFile of a document, or of a comment's attachment.
struct DownloadRequest {
    std::string module; // "Documents" or "ModComments"
    RecordId record;
    std::optional<RecordId> parent;
    std::string parent_module;
    std::string attachment_id; // ModComments only
};

enum class LoginEvent { login, logout };

}
