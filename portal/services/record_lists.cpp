#include "portal/services/record_lists.h"

#include "base/strings.h"

#include <algorithm>

namespace portal {

namespace {

constexpr int k_crm_page_limit = 100;

}

crm::RecordsQuery with_sort_if_described(
    crm::RecordsQuery query, const crm::ModuleDescription& description, const std::string& field, bool descending)
{
    if (!field.empty() && description.field(field)) {
        query.order_by = field;
        query.descending = descending;
    } else {
        query.order_by.reset();
        query.descending = true;
    }
    return query;
}

base::Result<std::vector<crm::Record>> every_record(
    const Context& context, const crm::Credentials& credentials, crm::RecordsQuery query)
{
    query.page_limit = k_crm_page_limit;
    std::vector<crm::Record> records;
    for (query.page = 0; records.size() < k_max_listed_records; ++query.page) {
        crm::RecordPage page = TRY(context.crm.fetch_records(credentials, query));
        std::size_t received = page.records.size();
        std::move(page.records.begin(), page.records.end(), std::back_inserter(records));
        bool complete = page.total_count ? static_cast<std::int64_t>(records.size()) >= *page.total_count
                                         : received < static_cast<std::size_t>(k_crm_page_limit);
        if (complete || received == 0)
            break;
    }
    if (records.size() > k_max_listed_records)
        records.resize(k_max_listed_records);
    return records;
}

void sort_records(std::vector<crm::Record>& records, const std::string& field, bool descending)
{
    if (field.empty())
        return;
    auto key = [&field](const crm::Record& record) {
        std::string value = record.value_of(field);
        return std::make_pair(base::to_lower(value), value);
    };
    std::stable_sort(records.begin(), records.end(), [&](const crm::Record& left, const crm::Record& right) {
        const auto* left_field = left.field(field);
        const auto* right_field = right.field(field);
        if (!left_field || !right_field)
            return left_field && !right_field;
        return descending ? key(right) < key(left) : key(left) < key(right);
    });
}

}
