#include <boost/test/unit_test.hpp>

#include "crm-connector/capture_replay.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace crm::testing {

namespace {

constexpr std::string_view k_site_url = "http://127.0.0.1:8088/";

// "name=value" texts, sorted: the order of form fields carries no meaning.
std::vector<std::string> sorted_pairs(const std::vector<FormField>& fields)
{
    std::vector<std::string> pairs;
    for (const FormField& field : fields) {
        // JSON text: compare its meaning, not its spacing.
        bool is_json = field.name == "fields" || field.name == "values";
        pairs.push_back(field.name + "=" + (is_json ? nlohmann::ordered_json::parse(field.value).dump() : field.value));
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

}

Replay replay(std::string_view file_name)
{
    base::Result<Capture> capture = read_capture(file_name);
    BOOST_TEST_REQUIRE(capture.ok(), (capture.ok() ? "" : capture.error().message()));
    auto transport = std::make_shared<FakeTransport>(capture->reply());
    auto client = JsonCrmClient::create(k_site_url, transport);
    BOOST_TEST_REQUIRE(client.ok());
    Credentials credentials { capture->form_value("username").value_or(""),
        capture->form_value("password").value_or(""), capture->form_value("language").value_or("") };
    return Replay { capture.release_value(), transport, client.release_value(), credentials };
}

void expect_same_form(const Replay& exchange)
{
    const Capture& capture = exchange.capture;
    FormPost post = exchange.transport->last_post();
    BOOST_TEST(capture.request.start_line.starts_with("POST "));
    std::string path = capture.request.start_line.substr(5);
    path = path.substr(0, path.find(' '));
    BOOST_TEST(post.url == "http://127.0.0.1:8088" + path);
    BOOST_TEST(sorted_pairs(post.fields) == sorted_pairs(capture.request_form()), boost::test_tools::per_element());
    std::optional<FilePart> file = capture.request_file();
    BOOST_TEST_REQUIRE(post.file.has_value() == file.has_value());
    if (file) {
        BOOST_TEST(post.file->field_name == file->field_name);
        BOOST_TEST(post.file->filename == file->filename);
        BOOST_TEST(post.file->content_type == file->content_type);
        BOOST_TEST(post.file->bytes == file->bytes);
    }
}

void expect_same_request(const Replay& exchange)
{
    expect_same_form(exchange);
    FormPost post = exchange.transport->last_post();
    auto basic = exchange.capture.basic_credentials();
    BOOST_TEST_REQUIRE(basic.has_value());
    BOOST_TEST(post.user == basic->first);
    BOOST_TEST(post.password == basic->second);
}

void expect_error(const base::Error& error, std::string_view code, std::string_view message_part)
{
    BOOST_TEST(error.code() == code);
    BOOST_TEST(error.message().find(message_part) != std::string::npos, error.message());
}

std::vector<std::string> ids_of(const std::vector<Record>& records)
{
    std::vector<std::string> ids;
    for (const Record& record : records)
        ids.push_back(record.id.to_string());
    return ids;
}

std::vector<std::string> names_of(const std::vector<ModuleNames>& modules)
{
    std::vector<std::string> names;
    for (const ModuleNames& module : modules)
        names.push_back(module.module);
    return names;
}

}
