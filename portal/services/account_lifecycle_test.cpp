#define BOOST_TEST_MODULE account_lifecycle
#include <boost/test/unit_test.hpp>

#include "crm-connector/crm_error.h"
#include "portal/services/account_service.h"
#include "portal/services/browser_name.h"
#include "portal/services/captcha.h"
#include "portal/services/extension_catalog.h"
#include "portal/services/support_period.h"

using namespace portal;

namespace {

// A CRM that answers the extension probe with what the test says, and counts.
class ExtensionsCrm final : public crm::CrmClient {
public:
    base::Result<std::vector<std::string>> answer = std::vector<std::string> { "SignUp" };
    int calls = 0;

    base::Result<std::vector<std::string>> fetch_extensions() override
    {
        ++calls;
        return answer;
    }
    base::Result<void> ping(const crm::Credentials&) override { return {}; }
    base::Result<crm::PortalModules> fetch_modules(const crm::Credentials&) override { return crm::PortalModules {}; }
    base::Result<crm::ModuleDescription> describe_module(const crm::Credentials&, std::string_view) override
    {
        return crm::ModuleDescription {};
    }
    base::Result<crm::RecordPage> fetch_records(const crm::Credentials&, const crm::RecordsQuery&) override
    {
        return crm::RecordPage {};
    }
    base::Result<crm::Record> fetch_record(
        const crm::Credentials&, const crm::RecordId&, std::optional<crm::RecordId>, std::string_view) override
    {
        return crm::Record {};
    }
};

base::Error error_with(std::string_view code) { return base::Error(std::string(code), "test"); }

}

BOOST_AUTO_TEST_CASE(the_extensions_are_asked_once_per_process_and_again_after_forget)
{
    ExtensionsCrm crm;
    CrmExtensions extensions(crm);
    auto now = CrmExtensions::Clock::now();
    extensions.set_clock_for_tests([&now] { return now; });
    BOOST_TEST(extensions.has("SignUp"));
    BOOST_TEST(!extensions.has("FetchLoginHistory"));
    BOOST_TEST(crm.calls == 1);
    crm.answer = std::vector<std::string> { "SignUp", "FetchLoginHistory" };
    now += std::chrono::hours(24);
    BOOST_TEST(!extensions.has("FetchLoginHistory"));
    BOOST_TEST(crm.calls == 1);
    extensions.forget();
    BOOST_TEST(extensions.has("FetchLoginHistory"));
    BOOST_TEST(crm.calls == 2);
}

BOOST_AUTO_TEST_CASE(a_vtiger_has_no_extensions_and_an_unreachable_crm_is_asked_again_soon)
{
    ExtensionsCrm crm;
    CrmExtensions extensions(crm);
    auto now = CrmExtensions::Clock::now();
    extensions.set_clock_for_tests([&now] { return now; });
    crm.answer = std::vector<std::string> {}; // a stock Vtiger: the probe is a failed login
    BOOST_TEST(!extensions.has("SignUp"));
    BOOST_TEST(!extensions.any());
    now += std::chrono::minutes(1);
    BOOST_TEST(!extensions.has("SignUp"));
    BOOST_TEST(crm.calls == 1);

    ExtensionsCrm down;
    CrmExtensions retried(down);
    retried.set_clock_for_tests([&now] { return now; });
    down.answer = error_with(crm::error_codes::k_cannot_connect);
    BOOST_TEST(!retried.has("SignUp"));
    down.answer = std::vector<std::string> { "SignUp" };
    now += std::chrono::seconds(31);
    BOOST_TEST(retried.has("SignUp"));
    BOOST_TEST(down.calls == 2);
}

BOOST_AUTO_TEST_CASE(days_until_the_end_of_support)
{
    auto today = std::chrono::sys_days(std::chrono::year(2026) / 11 / 25);
    BOOST_TEST(days_until("2026-11-25", today).value() == 0);
    BOOST_TEST(days_until("2026-12-09", today).value() == 14);
    BOOST_TEST(days_until("2026-11-24", today).value() == -1);
    BOOST_TEST(!days_until("", today));
    BOOST_TEST(!days_until("2026-02-30", today));
    BOOST_TEST(!days_until("25.11.2026", today));
}

BOOST_AUTO_TEST_CASE(support_end_dates_are_kept_an_hour)
{
    SupportPeriods periods;
    auto now = SupportPeriods::Clock::now();
    periods.set_clock_for_tests([&now] { return now; });
    periods.remember("12x7", "2026-12-01");
    BOOST_TEST(periods.end_date("12x7").value() == "2026-12-01");
    BOOST_TEST(!periods.end_date("12x8"));
    now += std::chrono::minutes(61);
    BOOST_TEST(!periods.end_date("12x7"));
}

BOOST_AUTO_TEST_CASE(a_captcha_is_solved_once_and_only_with_its_answer)
{
    auto sealer = SecretSealer::create();
    BOOST_TEST_REQUIRE(sealer.ok());
    Captchas captchas(*sealer, false);
    std::string token = captchas.issue();
    auto picture = captchas.picture(token);
    BOOST_TEST_REQUIRE(picture.ok());
    BOOST_TEST(picture->starts_with("<svg "));
    BOOST_TEST(picture->find("<text") == std::string::npos);
    BOOST_TEST(*picture == *captchas.picture(token)); // the same picture each time it is shown
    int solved = 0;
    for (int answer = 0; answer <= 40; ++answer)
        solved += captchas.solve(token, std::to_string(answer)) ? 1 : 0;
    BOOST_TEST(solved == 0); // the first wrong guess used it up
}

BOOST_AUTO_TEST_CASE(a_captcha_expires_and_cannot_be_forged)
{
    auto sealer = SecretSealer::create();
    BOOST_TEST_REQUIRE(sealer.ok());
    Captchas captchas(*sealer, false);
    auto now = Captchas::Clock::now();
    captchas.set_clock_for_tests([&now] { return now; });
    std::string token = captchas.issue();
    BOOST_TEST(captchas.picture(token).ok());
    now += std::chrono::minutes(21);
    BOOST_TEST(!captchas.picture(token).ok());
    BOOST_TEST(!captchas.picture("00ff").ok());
    BOOST_TEST(!captchas.picture("not hex").ok());
    std::string tampered = token;
    tampered[30] = tampered[30] == 'a' ? 'b' : 'a';
    BOOST_TEST(!captchas.solve(tampered, "5"));
}

BOOST_AUTO_TEST_CASE(browsers_are_named_as_people_name_them)
{
    auto firefox = describe_browser("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0");
    BOOST_TEST(firefox.browser == "Firefox");
    BOOST_TEST(firefox.system == "Linux");
    auto edge = describe_browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 "Chrome/120.0 Safari/537.36 Edg/120.0");
    BOOST_TEST(edge.browser == "Edge");
    BOOST_TEST(edge.system == "Windows");
    auto phone
        = describe_browser("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36");
    BOOST_TEST(phone.browser == "Chrome");
    BOOST_TEST(phone.system == "Android");
    BOOST_TEST(describe_browser("").browser.empty());
}

BOOST_AUTO_TEST_CASE(only_link_tokens_of_the_crm_s_shape_go_to_the_crm)
{
    BOOST_TEST(plausible_link_token("17.0123456789abcdef"));
    BOOST_TEST(!plausible_link_token(""));
    BOOST_TEST(!plausible_link_token("17"));
    BOOST_TEST(!plausible_link_token(".abc"));
    BOOST_TEST(!plausible_link_token("17."));
    BOOST_TEST(!plausible_link_token("17.ABC"));
    BOOST_TEST(!plausible_link_token("1x.abc"));
    BOOST_TEST(!plausible_link_token("17.abc'--"));
    BOOST_TEST(!plausible_link_token("17." + std::string(300, 'a')));
}
