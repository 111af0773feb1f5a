#include "reference-crm/api/company_details.h"
#include "reference-crm/api/operation.h"

#include <array>

namespace refcrm::api {

namespace {

constexpr const char* k_company_query
    = "SELECT id, organizationname, address, city, state, country, code, phone, fax, website, logoname, "
      "COALESCE(logo_base64, ''), NULLIF(vatid, ''), NULLIF(logo_type, '') FROM company_details WHERE id = 1";

constexpr std::array<const char*, 11> k_text_keys { "organization_id", "organizationname", "address", "city", "state",
    "country", "code", "phone", "fax", "website", "logoname" };

}

base::Result<json::Value> company_record(storage::Connection& db, bool with_mime)
{
    storage::Rows rows = TRY(db.query(k_company_query));
    json::Value company = json::Value::object();
    if (rows.empty())
        return company;
    const storage::Row& row = rows.front();
    for (std::size_t i = 0; i < k_text_keys.size(); ++i)
        company.set(k_text_keys[i], row.text(i));
    company.set("logo", row.text(11));
    company.set("vatid", row.at(12) ? json::Value(*row.at(12)) : json::Value());
    company.set("id", "23x" + row.text(0));
    if (with_mime)
        company.set("mime", row.at(13) ? json::Value(*row.at(13)) : json::Value());
    return company;
}

// The company running the portal, for the header and footer (A.2.4).
base::Result<json::Value> fetch_company_details(OperationContext& context) { return company_record(context.db, true); }

// FetchCompanyDetails without "mime" (A.2.5).
base::Result<json::Value> fetch_company_title(OperationContext& context) { return company_record(context.db, false); }

}
