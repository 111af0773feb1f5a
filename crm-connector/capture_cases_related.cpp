// Captures of a record's related tabs, its history and the searches.

#include <boost/test/unit_test.hpp>

#include "crm-connector/capture_replay.h"
#include "crm-connector/crm_error.h"

namespace crm::testing {

namespace {

namespace codes = error_codes;
using Strings = std::vector<std::string>;

RelatedQuery related(RecordId record, std::string module, std::string related_module)
{
    RelatedQuery query;
    query.record = record;
    query.module = std::move(module);
    query.related_module = std::move(related_module);
    return query;
}

void related_records(Replay& exchange, const RelatedQuery& query, const Strings& ids)
{
    auto records = exchange.client->fetch_related_records(exchange.credentials, query);
    BOOST_TEST_REQUIRE(records.ok());
    BOOST_TEST(ids_of(*records) == ids, boost::test_tools::per_element());
    for (const Record& record : *records)
        BOOST_TEST(comment_attachments(record).empty());
    expect_same_request(exchange);
}

void related_modules(Replay& exchange, std::string_view module, const Strings& expected)
{
    auto modules = exchange.client->fetch_related_modules(exchange.credentials, module);
    BOOST_TEST_REQUIRE(modules.ok());
    BOOST_TEST(*modules == expected, boost::test_tools::per_element());
    expect_same_request(exchange);
}

HistoryQuery history_of(std::string module, RecordId record)
{
    HistoryQuery query;
    query.module = std::move(module);
    query.record = record;
    return query;
}

std::vector<CaptureCase> related_cases()
{
    return {
        { "78-FetchRelatedModules-HelpDesk.txt",
            [](Replay& r) {
                related_modules(r, "HelpDesk", { "History", "ModComments", "Documents" });
            } },
        { "79-FetchRelatedModules-Project.txt",
            [](Replay& r) {
                related_modules(
                    r, "Project", { "History", "ModComments", "ProjectTask", "ProjectMilestone", "Documents" });
            } },
        { "81-FetchRelatedRecords-ModComments.txt",
            [](Replay& r) {
                related_records(r, related(RecordId(17, 14), "HelpDesk", "ModComments"), { "30x23", "30x24", "30x25" });
            } },
        { "105-FetchRelatedRecords-ModComments-after-add.txt",
            [](Replay& r) {
                related_records(
                    r, related(RecordId(17, 14), "HelpDesk", "ModComments"), { "30x44", "30x23", "30x24", "30x25" });
            } },
        { "82-FetchRelatedRecords-Documents.txt",
            [](Replay& r) { related_records(r, related(RecordId(17, 14), "HelpDesk", "Documents"), { "15x27" }); } },
        { "141-FetchRelatedRecords-Faq-ModComments.txt",
            [](Replay& r) { related_records(r, related(RecordId(3, 32), "Faq", "ModComments"), {}); } },
        { "83-FetchRelatedRecords-ModComments-other.txt",
            [](Replay& r) {
                expect_error(r.client->fetch_related_records(
                                 r.credentials, related(RecordId(17, 20), "HelpDesk", "ModComments")),
                    codes::k_access_denied, "Record not accessible");
                expect_same_request(r);
            } },
    };
}

std::vector<CaptureCase> history_and_search_cases()
{
    return {
        { "85-FetchHistory-HelpDesk.txt",
            [](Replay& r) {
                auto history = r.client->fetch_history(r.credentials, history_of("HelpDesk", RecordId(17, 14)));
                BOOST_TEST_REQUIRE(history.ok());
                BOOST_TEST_REQUIRE(history->size() == 3u);
                const HistoryEntry& first = history->front();
                BOOST_TEST(first.record == RecordId(17, 14));
                BOOST_TEST(first.status == "updated");
                BOOST_TEST(first.label == "Login page error");
                BOOST_TEST(first.modified_by.label == "Admin Administrator");
                BOOST_TEST_REQUIRE(first.changes.size() == 1u);
                BOOST_TEST(first.changes[0].field == "ticketstatus");
                BOOST_TEST(first.changes[0].previous == "Open");
                BOOST_TEST(first.changes[0].current == "In Progress");
                BOOST_TEST(history->back().status == "created");
                expect_same_request(r);
            } },
        { "138-FetchHistory-Invoice.txt",
            [](Replay& r) {
                auto history = r.client->fetch_history(r.credentials, history_of("Invoice", RecordId(7, 37)));
                BOOST_TEST_REQUIRE(history.ok());
                BOOST_TEST_REQUIRE(history->size() == 1u);
                BOOST_TEST(history->front().changes.front().previous == "");
                BOOST_TEST(history->front().changes.front().current == "Acme Invoice 2024-001");
                expect_same_request(r);
            } },
        { "87-FetchHistory-other.txt",
            [](Replay& r) {
                expect_error(r.client->fetch_history(r.credentials, history_of("HelpDesk", RecordId(17, 20))),
                    codes::k_access_denied, "Record not accessible");
                expect_same_request(r);
            } },
        { "139-FetchHistory-Faq-not-tracked.txt",
            [](Replay& r) {
                expect_error(r.client->fetch_history(r.credentials, history_of("Faq", RecordId(3, 32))),
                    codes::k_http_status, "FetchHistory: the CRM answered HTTP 500 with an empty body");
                expect_same_request(r);
            } },
        { "88-FetchReferenceRecords-HelpDesk.txt",
            [](Replay& r) {
                auto candidates = r.client->fetch_reference_records(r.credentials, "HelpDesk", "Login");
                BOOST_TEST_REQUIRE(candidates.ok());
                BOOST_TEST_REQUIRE(candidates->size() == 1u);
                BOOST_TEST(candidates->front().id == RecordId(17, 14));
                BOOST_TEST(candidates->front().label == "Login page error");
                expect_same_request(r);
            } },
        { "90-SearchFaqs.txt",
            [](Replay& r) {
                auto faqs = r.client->search_faqs(r.credentials, "password");
                BOOST_TEST_REQUIRE(faqs.ok());
                BOOST_TEST(ids_of(*faqs) == Strings({ "3x32" }), boost::test_tools::per_element());
                BOOST_TEST(faqs->front().value_of("faq_answer") == "Use the Forgot Password link on the login page.");
                expect_same_request(r);
            } },
        { "91-SearchFaqs-nomatch.txt",
            [](Replay& r) {
                auto faqs = r.client->search_faqs(r.credentials, "zzzz");
                BOOST_TEST_REQUIRE(faqs.ok());
                BOOST_TEST(faqs->empty());
                expect_same_request(r);
            } },
        { "92-SearchRecords.txt",
            [](Replay& r) {
                auto hits = r.client->search_records(r.credentials, "Acme");
                BOOST_TEST_REQUIRE(hits.ok());
                BOOST_TEST_REQUIRE(hits->size() == 11u);
                BOOST_TEST((*hits)[0].module == "Contacts");
                BOOST_TEST((*hits)[0].hits.empty());
                const SearchHits& quotes = (*hits)[5];
                BOOST_TEST(quotes.module == "Quotes");
                BOOST_TEST(quotes.ui_label == "Quotes");
                BOOST_TEST(quotes.label_field == "subject");
                BOOST_TEST_REQUIRE(quotes.hits.size() == 1u);
                BOOST_TEST(quotes.hits[0].id == RecordId(4, 36));
                BOOST_TEST(quotes.hits[0].label == "Acme Q1 Quote");
                expect_same_request(r);
            } },
        { "94-SearchRecords-empty.txt",
            [](Replay& r) {
                expect_error(r.client->search_records(r.credentials, ""), codes::k_validation_failed,
                    "SearchRecords: the CRM refused: Search key is empty");
                expect_same_request(r);
            } },
    };
}

}

std::vector<CaptureCase> related_and_search_cases()
{
    std::vector<CaptureCase> cases = related_cases();
    for (auto more : { history_and_search_cases() })
        cases.insert(cases.end(), more.begin(), more.end());
    return cases;
}

}
