#pragma once

#include "crm-connector/crm_records.h"
#include "crm-connector/crm_results.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace portal {

// The one form engine: a form built from the CRM's DescribeModule, the values
// a browser posted read from it, every value judged by one set of rules
// before anything goes to the CRM (which judges again), and the values to
// save. Every form of the portal that writes a CRM record uses it: the new
// case, the case edit, the record edit (assets, quotes …) and the profile.
// Rendering is in form_view.h.

struct FormField {
    crm::FieldDescription description;
    // Reference fields: the records the customer may choose (FetchReferenceRecords).
    std::vector<crm::LabelledRecord> candidates;
    // False when the CRM could not say: any record id is taken then (the CRM
    // checks its scope on save) and the earlier choice is kept.
    bool candidates_known = true;
    // Shown, never read or written: a field of the record the customer may
    // not change, with its text.
    std::optional<std::string> read_only;
};

// Reference field name → the records it may point to.
using ReferenceChoices = std::map<std::string, std::vector<crm::LabelledRecord>>;

// What the customer typed, by field name; multi-select values joined by " |##| ".
using FormValues = std::map<std::string, std::string>;

// What is wrong with one field (empty field: the whole form), as a catalog
// key and the {words} it takes.
struct FormProblem {
    std::string field;
    std::string word;
    std::map<std::string, std::string> words;
};

// The limits of what a form takes, in characters: a line and a text box.
inline constexpr std::size_t k_max_line_characters = 255;
inline constexpr std::size_t k_max_text_characters = 65000;

// The values of a multi-select field, which the CRM joins with " |##| ".
std::vector<std::string> multi_values(const std::string& value);

// The described fields a form can offer for writing: editable, of a type a
// browser can fill. A reference field shows with the choices it has; one
// without is left out, unless its choices are not known (choices_known
// false: the CRM did not answer for it), when any record id is taken.
std::vector<FormField> writable_fields(
    const crm::ModuleDescription& description, const ReferenceChoices& choices, bool choices_known);

// Every described field in the CRM's order: the writable ones as given, the
// others read-only with the text `shown` gives them.
std::vector<FormField> with_read_only_fields(const crm::ModuleDescription& description,
    const std::vector<FormField>& writable, const std::function<std::string(const crm::FieldDescription&)>& shown);

// The CRM's defaults, for a new record.
FormValues default_values(const std::vector<FormField>& fields);

// The record's values of the form's fields, for an edit form.
FormValues record_values(const std::vector<FormField>& fields, const crm::Record& record);

// The posted values of the form's fields, nothing else: a line of text
// trimmed, a text box as typed (line breaks and all), a checkbox "1" or "0".
FormValues posted_values(const std::vector<FormField>& fields, const std::multimap<std::string, std::string>& form);

// What is wrong with one value of a field ("" when nothing): required and
// empty, too long, unreadable or control characters, not an offered choice,
// not a number, date, time, e-mail, phone or web address.
std::string value_problem(const FormField& field, const std::string& value);

// Every problem of every field at once, so the customer fixes all in one go.
std::vector<FormProblem> check_values(const std::vector<FormField>& fields, const FormValues& values);

// The values to send to the CRM, numbers with a decimal point. A new record
// gets the filled ones; an edit sends every field, so that a value can be emptied.
enum class Saving { new_record, edit };
crm::FieldValues values_to_save(const std::vector<FormField>& fields, const FormValues& values, Saving saving);

// The field a CRM refusal names: "Invalid value for ticket_title" (the
// reference CRM) or "ticket_title does not have a value" (Vtiger's
// MANDATORY_FIELDS_MISSING); "" when it names none of the form's.
std::string refused_field(const std::string& message, const std::vector<FormField>& fields);

}
