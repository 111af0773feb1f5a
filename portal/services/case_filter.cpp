#include "portal/services/case_filter.h"

#include "base/strings.h"
#include "portal/services/case_service.h"
#include "portal/views/text.h"

#include <algorithm>
#include <utility>

namespace portal {

namespace {

constexpr const char* k_searched_fields[] = { "ticket_no", "ticket_title", "description" };

// Case-insensitive for ASCII letters; other characters must match exactly.
bool contains_text(const std::string& haystack, const std::string& lower_needle)
{
    return base::to_lower(decode_html_entities(haystack)).find(lower_needle) != std::string::npos;
}

bool matches_search(const crm::Record& record, const std::string& search)
{
    std::string needle = base::to_lower(search);
    return std::any_of(std::begin(k_searched_fields), std::end(k_searched_fields),
        [&](const char* field) { return contains_text(record.value_of(field), needle); });
}

}

bool is_closed_status(std::string_view status)
{
    std::string lower = base::to_lower(base::trim(status));
    return lower == "closed" || lower == "resolved";
}

bool matches_locally(const crm::Record& record, const CaseListQuery& query)
{
    if (!query.state.empty() && is_closed_status(record.value_of("ticketstatus")) != (query.state == "closed"))
        return false;
    return query.search.empty() || matches_search(record, query.search);
}

}
