#pragma once

#include <string_view>
#include <vector>

// The demo data set of "reference-crm seed demo". Times are hours before
// the moment of seeding, so the demo always looks recent.
namespace refcrm::storage::demo {

struct User {
    std::string_view user_name = {};
    std::string_view first_name = {};
    std::string_view last_name = {};
    std::string_view email = {};
    bool is_admin = false;
};

struct Organisation {
    std::string_view name = {};
    std::string_view member_of = {}; // name of the parent organisation, or ""
    std::string_view phone = {};
    std::string_view email = {};
    std::string_view website = {};
    std::string_view city = {};
    std::string_view country = {};
};

struct Product {
    std::string_view product_no = {};
    std::string_view name = {};
    std::string_view category = {};
    std::string_view unit_price = {};
    std::string_view description = {};
};

struct Comment {
    bool from_customer = false;
    std::string_view text = {};
    int hours_ago = 0;
};

struct Ticket {
    std::string_view title = {};
    std::string_view status = {};
    std::string_view priority = {};
    std::string_view severity = {};
    std::string_view category = {};
    std::string_view product = {}; // product name, or ""
    std::string_view description = {};
    std::string_view solution = {};
    int created_hours_ago = 0;
    int modified_hours_ago = 0;
    std::vector<Comment> comments = {};
};

struct Contact {
    std::string_view first_name = {};
    std::string_view last_name = {};
    std::string_view email = {};
    std::string_view password = {};
    std::string_view organisation = {};
    std::string_view phone = {};
    std::string_view title = {};
    std::vector<Ticket> tickets = {};
};

struct Faq {
    std::string_view question = {};
    std::string_view answer = {};
    std::string_view category = {};
    std::string_view status = {};
    std::string_view product = {};
};

struct PortalModuleSetting {
    std::string_view module = {};
    int sequence = 0;
    bool create = false;
    bool edit = false;
    bool records_visible_all = false;
    std::string_view fieldinfo = {};
};

inline constexpr std::string_view k_admin_user = "admin";
inline constexpr std::string_view k_agent_user = "sam.rivera";

const std::vector<User>& users();
const std::vector<Organisation>& organisations();
const std::vector<Product>& products();
const std::vector<Contact>& contacts();
const std::vector<Faq>& faqs();
const std::vector<PortalModuleSetting>& portal_modules();
std::string_view announcement();

}
