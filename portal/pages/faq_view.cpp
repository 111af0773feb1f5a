#include "portal/pages/faq_view.h"

#include "base/strings.h"
#include "portal/pages/record_text.h"
#include "portal/views/text.h"

namespace portal {

std::string category_url(const std::string& value) { return "/kb/category?name=" + base::url_encode(value); }

std::string article_url(const crm::RecordId& id) { return "/kb/" + id.to_string(); }

ViewData& add_article_link(ViewData& data, const std::string& section, const Catalog& words, const crm::Record& record)
{
    auto& row = data.add_row(section);
    row.set("ARTICLE_URL", article_url(record.id));
    row.set("ARTICLE_QUESTION", field_text(record, "question"));
    row.set("ARTICLE_DATE", format_date(words, field_text(record, "createdtime")));
    return row;
}

void set_search_query(ViewData& data, const std::string& query) { data.set("SEARCH_QUERY", query); }

}
