#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <string>
#include <vector>

namespace portal {

// The most records a page reads in the portal to filter, sort or count
// them itself (10 calls of the CRM's largest page).
inline constexpr std::size_t k_max_listed_records = 1000;

// A sort the CRM will accept: a stock Vtiger sorts only by its portal fields
// (the fields DescribeModule lists) and refuses any other ("sort by X not
// allowed", capture 146). Answers the query unchanged, or without order_by
// (the CRM's own order: last modified first).
crm::RecordsQuery with_sort_if_described(
    crm::RecordsQuery query, const crm::ModuleDescription& description, const std::string& field, bool descending);

// Every record of the query, page after page of FetchRecords (at most
// k_max_listed_records). What the portal filters, sorts, counts or exports
// itself: a stock Vtiger answers ExportRecords with an empty list
// (capture 153) and FetchRecords with no count (capture 151).
base::Result<std::vector<crm::Record>> every_record(
    const Context& context, const crm::Credentials& credentials, crm::RecordsQuery query);

// Sorts records by a field as the CRM's database compares text (without
// regard to case); records without the field keep their order at the end.
void sort_records(std::vector<crm::Record>& records, const std::string& field, bool descending);

}
