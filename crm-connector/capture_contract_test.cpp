#define BOOST_TEST_MODULE capture_contract_test
#include <boost/test/unit_test.hpp>

#include "crm-connector/capture_replay.h"

#include <filesystem>
#include <set>

using namespace crm;
using namespace crm::testing;

namespace {

std::vector<CaptureCase> every_case()
{
    std::vector<CaptureCase> cases = login_and_home_cases();
    for (auto more :
        { list_and_detail_cases(), related_and_search_cases(), write_and_account_cases(), stock_vtiger_cases() })
        cases.insert(cases.end(), more.begin(), more.end());
    return cases;
}

}

// Every capture of the contract: the client builds the captured request (or
// the case says why it cannot) and decodes the captured answer.
BOOST_AUTO_TEST_CASE(every_capture_replays)
{
    for (const CaptureCase& capture_case : every_case()) {
        BOOST_TEST_CONTEXT(capture_case.file)
        {
            Replay exchange = replay(capture_case.file);
            capture_case.check(exchange);
        }
    }
}

BOOST_AUTO_TEST_CASE(every_capture_has_a_case)
{
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(k_captures_folder)))
        files.insert(entry.path().filename().string());
    std::set<std::string> covered;
    for (const CaptureCase& capture_case : every_case())
        BOOST_TEST(covered.insert(std::string(capture_case.file)).second, "twice: " << capture_case.file);
    BOOST_TEST(files.size() == 133u);
    BOOST_TEST(covered == files, boost::test_tools::per_element());
}
