// Captures of logging in, the home page and module descriptions.

#include <boost/test/unit_test.hpp>

#include "crm-connector/capture_replay.h"
#include "crm-connector/crm_error.h"

namespace crm::testing {

namespace {

namespace codes = error_codes;
using Strings = std::vector<std::string>;

void ping_succeeds(Replay& exchange)
{
    BOOST_TEST(exchange.client->ping(exchange.credentials).ok());
    expect_same_request(exchange);
}

void ping_is_refused(Replay& exchange)
{
    expect_error(exchange.client->ping(exchange.credentials), codes::k_wrong_credentials, "Ping: the CRM refused: ");
    expect_same_request(exchange);
}

// A request our client cannot build (a GET, an unknown or missing
// operation): the answer, an empty HTTP 500, must still decode to an error.
void not_buildable_empty_500(Replay& exchange)
{
    expect_error(exchange.client->ping(exchange.credentials), codes::k_http_status,
        "Ping: the CRM answered HTTP 500 with an empty body");
}

void describes(Replay& exchange, std::string_view module, std::string_view id_prefix, std::string_view first_field)
{
    auto description = exchange.client->describe_module(exchange.credentials, module);
    BOOST_TEST_REQUIRE(description.ok());
    BOOST_TEST(description->name == module);
    BOOST_TEST(description->id_prefix == id_prefix);
    BOOST_TEST_REQUIRE(!description->fields.empty());
    BOOST_TEST(description->fields.front().name == first_field);
    expect_same_request(exchange);
}

void profile_of_jane(Replay& exchange)
{
    auto profile = exchange.client->fetch_profile(exchange.credentials);
    BOOST_TEST_REQUIRE(profile.ok());
    BOOST_TEST(profile->contact.id == RecordId(12, 4));
    BOOST_TEST(profile->contact.value_of("firstname") == "Jane");
    BOOST_TEST(profile->contact.fields.front().first == "salutationtype");
    BOOST_TEST(profile->contact.fields.back().first == "imagetype");
    BOOST_TEST_REQUIRE(profile->organisation.has_value());
    BOOST_TEST(profile->organisation->id == RecordId(11, 2));
    BOOST_TEST(profile->organisation->value_of("accountname") == "Acme Corp");
    expect_same_request(exchange);
}

void company_of(Replay& exchange, base::Result<Record> company)
{
    BOOST_TEST_REQUIRE(company.ok());
    BOOST_TEST(company->id == RecordId(23, 1));
    BOOST_TEST(company->value_of("organizationname") == "vtiger");
    BOOST_TEST(company->value_of("city") == "Bangalore");
    BOOST_TEST(company->value_of("logo").starts_with("iVBORw0KGgo"));
    expect_same_request(exchange);
}

void recent_records(Replay& exchange, Strings helpdesk_ids)
{
    auto widgets = exchange.client->fetch_recent_records(exchange.credentials);
    BOOST_TEST_REQUIRE(widgets.ok());
    BOOST_TEST_REQUIRE(widgets->size() == 3u);
    BOOST_TEST((*widgets)[0].module == "HelpDesk");
    BOOST_TEST(ids_of((*widgets)[0].records) == helpdesk_ids, boost::test_tools::per_element());
    BOOST_TEST((*widgets)[0].records[0].value_of("statuslabel") != "");
    BOOST_TEST((*widgets)[1].module == "Documents");
    BOOST_TEST((*widgets)[1].records[0].value_of("label") == "Portal User Guide");
    BOOST_TEST((*widgets)[2].module == "Faq");
    BOOST_TEST(ids_of((*widgets)[2].records) == Strings({ "3x32", "3x33", "3x34" }), boost::test_tools::per_element());
    expect_same_request(exchange);
}

void logs(Replay& exchange, LoginEvent event)
{
    BOOST_TEST(exchange.client->update_login_details(exchange.credentials, event).ok());
    expect_same_request(exchange);
}

std::vector<CaptureCase> ping_cases()
{
    return {
        { "01-Ping-good.txt", ping_succeeds },
        { "02-Ping-wrong-password.txt", ping_is_refused },
        { "03-Ping-unknown-user.txt", ping_is_refused },
        { "04-Ping-disabled-contact.txt", ping_is_refused },
        { "05-Ping-expired-contact.txt", ping_is_refused },
        { "07-Ping-no-basic-auth.txt",
            [](Replay& exchange) {
                // Not buildable as captured: our client always sends the Basic header.
                expect_error(exchange.client->ping(exchange.credentials), codes::k_wrong_credentials,
                    "Login Required (the CRM received no HTTP Basic credentials");
                expect_same_form(exchange);
            } },
        { "09-Ping-GET.txt", not_buildable_empty_500 },
        { "10-Unknown-operation.txt", not_buildable_empty_500 },
        { "11-Missing-operation.txt", not_buildable_empty_500 },
        { "115-Ping-bob-new-password.txt", ping_succeeds },
        { "120-Ping-eve-after-ForgotPassword.txt", ping_is_refused },
        { "123-Ping-eve-after-ForgotPassword-2.txt", ping_is_refused },
        { "110-UpdateLoginDetails-login.txt", [](Replay& exchange) { logs(exchange, LoginEvent::login); } },
        { "111-UpdateLoginDetails-logout.txt", [](Replay& exchange) { logs(exchange, LoginEvent::logout); } },
    };
}

std::vector<CaptureCase> home_cases()
{
    return {
        { "13-FetchModules.txt",
            [](Replay& exchange) {
                auto modules = exchange.client->fetch_modules(exchange.credentials);
                BOOST_TEST_REQUIRE(modules.ok());
                BOOST_TEST(modules->contact.id == "12x4");
                BOOST_TEST(modules->modules.size() == 14u);
                expect_same_request(exchange);
            } },
        { "145-FetchModules-language-de.txt",
            [](Replay& exchange) {
                auto modules = exchange.client->fetch_modules(exchange.credentials);
                BOOST_TEST_REQUIRE(modules.ok());
                BOOST_TEST(modules->find("Faq")->ui_label == "Wissensbasis");
                expect_same_request(exchange);
            } },
        { "14-FetchProfile.txt", profile_of_jane },
        { "112-FetchProfile-after-login.txt", profile_of_jane },
        { "15-FetchCompanyDetails.txt",
            [](Replay& exchange) {
                company_of(exchange, exchange.client->fetch_company_details(exchange.credentials));
            } },
        { "16-FetchCompanyTitle.txt",
            [](Replay& exchange) {
                company_of(exchange, exchange.client->fetch_company_title(exchange.credentials));
            } },
        { "17-FetchAnnouncement.txt",
            [](Replay& exchange) {
                auto announcement = exchange.client->fetch_announcement(exchange.credentials);
                BOOST_TEST_REQUIRE(announcement.ok());
                BOOST_TEST(*announcement == "Welcome to the Acme support portal! Maintenance on Saturday.");
                expect_same_request(exchange);
            } },
        { "18-FetchShortcuts.txt",
            [](Replay& exchange) {
                auto shortcuts = exchange.client->fetch_shortcuts(exchange.credentials);
                BOOST_TEST_REQUIRE(shortcuts.ok());
                BOOST_TEST(
                    names_of(*shortcuts) == Strings({ "Documents", "HelpDesk" }), boost::test_tools::per_element());
                BOOST_TEST((*shortcuts)[1].names == Strings({ "LBL_CREATE_TICKET", "LBL_OPEN_TICKETS" }),
                    boost::test_tools::per_element());
                expect_same_request(exchange);
            } },
        { "19-FetchRecentRecords.txt",
            [](Replay& exchange) {
                recent_records(exchange, { "17x16", "17x14", "17x17", "17x15" });
            } },
        { "39-FetchRecentRecords-all.txt",
            [](Replay& exchange) {
                recent_records(exchange, { "17x14", "17x16", "17x17", "17x18", "17x19" });
            } },
        { "20-FetchLabelFields.txt",
            [](Replay& exchange) {
                auto label_fields = exchange.client->fetch_label_fields(exchange.credentials);
                BOOST_TEST_REQUIRE(label_fields.ok());
                BOOST_TEST_REQUIRE(label_fields->size() == 14u);
                BOOST_TEST(label_fields->front().module == "Contacts");
                BOOST_TEST(label_fields->front().names == Strings({ "firstname", "lastname" }),
                    boost::test_tools::per_element());
                BOOST_TEST(label_fields->back().module == "Assets");
                expect_same_request(exchange);
            } },
    };
}

std::vector<CaptureCase> describe_cases()
{
    return {
        { "21-DescribeModule-HelpDesk.txt",
            [](Replay& exchange) { describes(exchange, "HelpDesk", "17", "ticket_title"); } },
        { "22-DescribeModule-Documents.txt",
            [](Replay& exchange) { describes(exchange, "Documents", "15", "notes_title"); } },
        { "23-DescribeModule-Faq.txt", [](Replay& exchange) { describes(exchange, "Faq", "3", "faqstatus"); } },
        { "24-DescribeModule-Invoice.txt", [](Replay& exchange) { describes(exchange, "Invoice", "7", "subject"); } },
        { "126-DescribeModule-Quotes.txt", [](Replay& exchange) { describes(exchange, "Quotes", "4", "subject"); } },
        { "127-DescribeModule-Assets.txt", [](Replay& exchange) { describes(exchange, "Assets", "32", "product"); } },
        { "129-DescribeModule-Contacts.txt",
            [](Replay& exchange) { describes(exchange, "Contacts", "12", "lastname"); } },
        { "25-DescribeModule-Leads-disabled.txt",
            [](Replay& exchange) {
                expect_error(exchange.client->describe_module(exchange.credentials, "Leads"), codes::k_access_denied,
                    "Module not accessible");
                expect_same_request(exchange);
            } },
    };
}

}

std::vector<CaptureCase> login_and_home_cases()
{
    std::vector<CaptureCase> cases = ping_cases();
    for (auto more : { home_cases(), describe_cases() })
        cases.insert(cases.end(), more.begin(), more.end());
    return cases;
}

}
