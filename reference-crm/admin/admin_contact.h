#pragma once

#include "reference-crm/admin/admin_support.h"

#include <optional>
#include <string>

// A contact as the admin commands see it: the CRM record with its portal
// login (Vtiger's vtiger_contactdetails, vtiger_customerdetails and
// vtiger_portalinfo, docs/json-api.md, The CRM's portal settings, A.3.7).
namespace refcrm::admin {

struct ContactRecord {
    std::int64_t id = 0;
    std::string first_name;
    std::string name;
    std::string email;
    std::string organisation;
    bool portal = false;
    std::optional<std::string> support_start;
    std::optional<std::string> support_end;
    bool has_login = false;
    std::string user_name;
    bool login_active = false;
    std::string login_time;
    std::string logout_time;
    bool started = true;
    bool ended = false;

    std::string ws_id() const;
    // "Jane Doe <jane@example.com> (12x5)"
    std::string title() const;
    bool may_log_in() const { return portal && has_login && login_active && started && !ended; }
    // Why the contact cannot log in today, or "yes".
    std::string login_state() const;
};

// By e-mail address, "12x<id>" or id. An address that two contacts share
// is refused with their ids.
base::Result<ContactRecord> find_contact(storage::Connection& db, const std::string& name);

// The contact's support period as text ("2026-01-01 – 2027-12-31",
// "open" ends where no date is set).
std::string support_period(const ContactRecord& contact);

const std::vector<CommandGroup>& contact_access_actions();

}
