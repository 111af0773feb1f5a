#pragma once

#include "crm-connector/crm_client.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"

#include <string>

// The pieces every knowledge-base page shows: links to categories and
// articles, and the search box.
namespace portal {

// The category travels in the query: a path segment would lose a "/" or "+"
// in it to the web server's decoding.
std::string category_url(const std::string& value);

std::string article_url(const crm::RecordId& id);

// A row of `section` with ARTICLE_URL, ARTICLE_QUESTION and ARTICLE_DATE.
ViewData& add_article_link(ViewData& data, const std::string& section, const Catalog& words, const crm::Record& record);

// SEARCH_QUERY: what the search box shows, the customer's last search.
void set_search_query(ViewData& data, const std::string& query);

}
