#pragma once

// Test support for capture_contract_test: replays one capture's response to
// a JsonCrmClient through a FakeTransport and compares what the client sent
// with the capture's request. Uses Boost.Test assertions.

#include "crm-connector/capture_file.h"
#include "crm-connector/fake_transport.h"
#include "crm-connector/json_client.h"

#include <functional>
#include <memory>
#include <ostream>
#include <string_view>

namespace crm {

inline std::ostream& boost_test_print_type(std::ostream& out, const RecordId& id) { return out << id.to_string(); }

}

namespace crm::testing {

struct Replay {
    Capture capture;
    std::shared_ptr<FakeTransport> transport;
    std::unique_ptr<JsonCrmClient> client;
    Credentials credentials; // as the capture's request sent them
};

Replay replay(std::string_view file_name);

// The client's last post equals the capture's request: same path, same form
// fields in any order (JSON fields by meaning), same file part, same Basic
// credentials.
void expect_same_request(const Replay& exchange);
// Only the operation and parameters, for captures whose Basic header our
// client deliberately sends differently.
void expect_same_form(const Replay& exchange);

void expect_error(const base::Error& error, std::string_view code, std::string_view message_part);

template<typename T>
void expect_error(const base::Result<T>& result, std::string_view code, std::string_view message_part)
{
    BOOST_TEST_REQUIRE(!result.ok());
    expect_error(result.error(), code, message_part);
}

std::vector<std::string> ids_of(const std::vector<Record>& records);
std::vector<std::string> names_of(const std::vector<ModuleNames>& modules);

// One capture and what its exchange must show.
struct CaptureCase {
    std::string_view file;
    std::function<void(Replay&)> check;
};

std::vector<CaptureCase> login_and_home_cases();
std::vector<CaptureCase> list_and_detail_cases();
std::vector<CaptureCase> related_and_search_cases();
std::vector<CaptureCase> write_and_account_cases();
std::vector<CaptureCase> stock_vtiger_cases();

}
