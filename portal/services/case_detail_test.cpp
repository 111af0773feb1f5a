#define BOOST_TEST_MODULE case_detail
#include <boost/test/unit_test.hpp>

#include "crm-connector/crm_error.h"
#include "portal/services/captcha.h"
#include "portal/services/case_actions_service.h"
#include "portal/services/case_detail_service.h"
#include "portal/services/extension_catalog.h"
#include "portal/services/home_service.h"
#include "portal/services/login_throttle.h"
#include "portal/services/support_period.h"

#include <map>
#include <mutex>

using namespace portal;

namespace {

crm::FieldValue raw(std::string value) { return { std::move(value), std::nullopt }; }

crm::Record record(crm::RecordId id, std::vector<std::pair<std::string, crm::FieldValue>> fields)
{
    return { id, std::move(fields) };
}

crm::FieldDescription field(std::string name, std::string label, std::string type)
{
    crm::FieldDescription described;
    described.name = std::move(name);
    described.label = std::move(label);
    described.type = std::move(type);
    return described;
}

crm::Record comment(std::int64_t number, std::string text, std::string customer, std::string time)
{
    return record(crm::RecordId(31, number),
        { { "commentcontent", raw(std::move(text)) }, { "creator", raw("19x2") }, { "customer", raw(customer) },
            { "createdtime", raw(std::move(time)) }, { "attachments", raw("") } });
}

// A CRM that answers from memory and counts the calls per operation.
class CountingCrm final : public crm::CrmClient {
public:
    std::map<std::string, int> calls;
    std::optional<base::Error> history_error;
    std::optional<base::Error> comments_error;
    std::vector<crm::SaveRequest> saves;
    std::vector<crm::NewComment> comments_added;
    std::vector<crm::DownloadRequest> downloads;

    int total()
    {
        std::lock_guard lock(m_mutex);
        int sum = 0;
        for (const auto& [operation, count] : calls)
            sum += count;
        return sum;
    }

    base::Result<void> ping(const crm::Credentials&) override
    {
        count("Ping");
        return {};
    }
    base::Result<crm::PortalModules> fetch_modules(const crm::Credentials&) override { return crm::PortalModules {}; }
    base::Result<crm::ModuleDescription> describe_module(const crm::Credentials&, std::string_view) override
    {
        count("DescribeModule");
        crm::ModuleDescription description;
        description.name = "HelpDesk";
        description.id_prefix = "17";
        auto status = field("ticketstatus", "Status", "picklist");
        status.picklist_values = { { "Open", "Offen" }, { "Closed", "Geschlossen" } };
        auto product = field("product_id", "Product", "reference");
        product.refers_to = { "Products" };
        description.fields = { field("ticket_title", "Title", "string"), status, product,
            field("assigned_user_id", "Assigned To", "owner"), field("contact_id", "Contact", "reference") };
        return description;
    }
    base::Result<crm::RecordPage> fetch_records(const crm::Credentials&, const crm::RecordsQuery&) override
    {
        return crm::RecordPage {};
    }
    base::Result<crm::Record> fetch_record(
        const crm::Credentials&, const crm::RecordId& id, std::optional<crm::RecordId>, std::string_view) override
    {
        count("FetchRecord");
        if (id != crm::RecordId(17, 5))
            return base::Error(std::string(crm::error_codes::k_access_denied), "Record not Accessible");
        return record(id,
            { { "ticket_title", raw("Printer") }, { "ticketstatus", raw("Open") }, { "product_id", raw("14x3") },
                { "assigned_user_id", raw("19x2") }, { "contact_id", raw("12x1") } });
    }
    base::Result<std::vector<std::string>> fetch_related_modules(const crm::Credentials&, std::string_view) override
    {
        count("FetchRelatedModules");
        return std::vector<std::string> { "History", "ModComments", "Documents" };
    }
    base::Result<std::vector<crm::Record>> fetch_related_records(
        const crm::Credentials&, const crm::RelatedQuery& query) override
    {
        count("FetchRelatedRecords " + query.related_module);
        if (query.related_module == "Documents")
            return std::vector<crm::Record> { record(crm::RecordId(15, 9), { { "notes_title", raw("Manual") } }) };
        if (comments_error)
            return *comments_error;
        return std::vector<crm::Record> { comment(2, "second", "", "2026-11-20 10:00:00"),
            comment(1, "first", "12x1", "2026-11-19 09:00:00") };
    }
    base::Result<std::vector<crm::HistoryEntry>> fetch_history(
        const crm::Credentials&, const crm::HistoryQuery&) override
    {
        count("FetchHistory");
        if (history_error)
            return *history_error;
        return std::vector<crm::HistoryEntry> {};
    }
    base::Result<std::vector<crm::LabelledRecord>> fetch_reference_records(
        const crm::Credentials&, std::string_view module, std::string_view) override
    {
        count("FetchReferenceRecords " + std::string(module));
        return std::vector<crm::LabelledRecord> { { crm::RecordId(14, 3), " Router X200" } };
    }
    base::Result<crm::Record> save_record(const crm::Credentials&, const crm::SaveRequest& request) override
    {
        count("SaveRecord");
        saves.push_back(request);
        return crm::Record {};
    }
    base::Result<crm::Record> add_comment(const crm::Credentials&, const crm::NewComment& comment) override
    {
        count("AddComment");
        comments_added.push_back(comment);
        return crm::Record {};
    }
    base::Result<crm::DownloadedFile> download_file(
        const crm::Credentials&, const crm::DownloadRequest& request) override
    {
        count("DownloadFile");
        downloads.push_back(request);
        return crm::DownloadedFile { "1", "manual.pdf", "application/pdf", "%PDF" };
    }

private:
    void count(const std::string& operation)
    {
        std::lock_guard lock(m_mutex);
        ++calls[operation];
    }
    std::mutex m_mutex;
};

crm::PortalModules modules()
{
    crm::PortalModules modules;
    modules.contact = { "12x1", "Mary Smith" };
    modules.account = crm::Reference { "11x1", "Northwind Traders" };
    modules.default_assignee = { "19x2", "Sam Rivera" };
    crm::ModuleInfo cases;
    cases.name = "HelpDesk";
    cases.label = "HelpDesk";
    cases.can_edit = true;
    crm::ModuleInfo products;
    products.name = "Products";
    modules.modules = { cases, products };
    return modules;
}

struct Fixture {
    Config config;
    CountingCrm crm;
    MemorySessionStore sessions { SessionLimits {} };
    SecretSealer sealer = SecretSealer::create().release_value();
    std::unique_ptr<Views> views = Views::create({ ".", "default", "en_us", {}, "" }).release_value();
    LoginThrottle throttle { ThrottleLimits {} };
    CrmExtensions extensions { crm };
    SupportPeriods support_periods;
    Captchas captchas { sealer, false };
    FormDrafts drafts { sealer };
    Context context { config, crm, sessions, sealer, *views, throttle, extensions, support_periods, captchas, drafts };
    std::shared_ptr<Session> session
        = sessions.start(Session("mary@example.com", sealer.seal("secret"), "en_us", modules())).release_value();
    const crm::RecordId case_id { 17, 5 };
};

}

BOOST_FIXTURE_TEST_CASE(the_first_visit_asks_everything_at_once_and_the_next_only_what_changes, Fixture)
{
    auto detail = case_detail(context, *session, "en_us", case_id);
    BOOST_TEST_REQUIRE(detail.ok());
    BOOST_TEST(crm.total() == 7);
    BOOST_TEST(crm.calls["FetchReferenceRecords Products"] == 1);
    auto again = case_detail(context, *session, "en_us", case_id);
    BOOST_TEST_REQUIRE(again.ok());
    BOOST_TEST(crm.total() == 7 + 4);
    BOOST_TEST(crm.calls["DescribeModule"] == 1);
    BOOST_TEST(crm.calls["FetchRelatedModules"] == 1);
    BOOST_TEST(crm.calls["FetchReferenceRecords Products"] == 1);
}

BOOST_FIXTURE_TEST_CASE(references_and_authors_are_named_and_comments_read_oldest_first, Fixture)
{
    auto detail = case_detail(context, *session, "en_us", case_id);
    BOOST_TEST_REQUIRE(detail.ok());
    BOOST_TEST(detail->names["14x3"] == "Router X200");
    BOOST_TEST(detail->names["19x2"] == "Sam Rivera");
    BOOST_TEST(detail->names["12x1"] == "Mary Smith");
    BOOST_TEST_REQUIRE(detail->comments.size() == 2u);
    BOOST_TEST(detail->comments.front().value_of("commentcontent") == "first");
    BOOST_TEST(detail->can_edit);
    BOOST_TEST(detail->documents.size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(an_id_of_another_module_is_not_a_case_and_costs_no_record_call, Fixture)
{
    auto detail = case_detail(context, *session, "en_us", crm::RecordId(12, 1));
    BOOST_TEST_REQUIRE(!detail.ok());
    BOOST_TEST(detail.error().is(crm::error_codes::k_record_not_found));
    BOOST_TEST(crm.calls["FetchRecord"] == 0);
}

BOOST_FIXTURE_TEST_CASE(a_refused_section_is_left_out_but_a_crm_that_is_away_fails_the_page, Fixture)
{
    crm.history_error = base::Error(std::string(crm::error_codes::k_crm_error), "Module not tracked for changes.");
    auto detail = case_detail(context, *session, "en_us", case_id);
    BOOST_TEST_REQUIRE(detail.ok());
    BOOST_TEST(detail->unavailable == std::vector<std::string> { "History" });
    crm.comments_error = base::Error(std::string(crm::error_codes::k_cannot_connect), "connection refused");
    auto failed = case_detail(context, *session, "en_us", case_id);
    BOOST_TEST_REQUIRE(!failed.ok());
    BOOST_TEST(failed.error().is(crm::error_codes::k_cannot_connect));
}

BOOST_FIXTURE_TEST_CASE(only_a_document_listed_under_the_case_is_downloaded, Fixture)
{
    auto foreign = download_case_document(context, *session, "en_us", case_id, crm::RecordId(15, 10));
    BOOST_TEST_REQUIRE(!foreign.ok());
    BOOST_TEST(foreign.error().is(crm::error_codes::k_record_not_found));
    BOOST_TEST(crm.downloads.empty());
    auto file = download_case_document(context, *session, "en_us", case_id, crm::RecordId(15, 9));
    BOOST_TEST_REQUIRE(file.ok());
    BOOST_TEST(file->bytes == "%PDF");
    BOOST_TEST_REQUIRE(crm.downloads.size() == 1u);
    BOOST_TEST((crm.downloads[0].parent == case_id));
}

BOOST_FIXTURE_TEST_CASE(closing_sets_the_status_then_adds_the_comment, Fixture)
{
    auto closed = change_case_status(context, *session, "en_us", case_id, StatusChange::close, "Solved, thanks");
    BOOST_TEST_REQUIRE(closed.ok());
    BOOST_TEST(!closed->comment_error);
    BOOST_TEST_REQUIRE(crm.saves.size() == 1u);
    BOOST_TEST((crm.saves[0].values == crm::FieldValues { { "ticketstatus", "Closed" } }));
    BOOST_TEST_REQUIRE(crm.comments_added.size() == 1u);
    BOOST_TEST(crm.comments_added[0].content == "Solved, thanks");
    auto reopened = change_case_status(context, *session, "en_us", case_id, StatusChange::reopen, "Broken again");
    BOOST_TEST_REQUIRE(reopened.ok());
    BOOST_TEST((crm.saves[1].values == crm::FieldValues { { "ticketstatus", "Open" } }));
}

BOOST_FIXTURE_TEST_CASE(an_empty_comment_never_reaches_the_crm, Fixture)
{
    auto added = add_case_comment(context, *session, "en_us", case_id, "  \n ");
    BOOST_TEST_REQUIRE(!added.ok());
    BOOST_TEST(crm.comments_added.empty());
}

// This CRM has none of the home page's own calls (announcement, widgets,
// profile, company, shortcuts): the page keeps what it did give.
BOOST_FIXTURE_TEST_CASE(a_home_page_keeps_the_parts_the_crm_gave_when_others_fail, Fixture)
{
    auto home = home_page(context, *session, "en_us");
    BOOST_TEST_REQUIRE(home.ok());
    BOOST_TEST(home->missing_parts == 5);
    BOOST_TEST(home->announcement.empty());
    BOOST_TEST(home->recent.empty());
}
