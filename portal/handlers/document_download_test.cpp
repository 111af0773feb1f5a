#define BOOST_TEST_MODULE document_download
#include <boost/test/unit_test.hpp>

#include "portal/handlers/document_download.h"

namespace {

web::HttpResponse response_for(std::string name, std::string type, std::string bytes = "%PDF")
{
    return portal::file_response(crm::DownloadedFile { "1", std::move(name), std::move(type), std::move(bytes) });
}

std::string header(const web::HttpResponse& response, std::string_view name)
{
    const std::string* value = response.header(name);
    return value ? *value : "";
}

}

BOOST_AUTO_TEST_CASE(names_the_file_and_its_type)
{
    auto response = response_for("Service Agreement.pdf", "application/pdf");
    BOOST_TEST(response.body == "%PDF");
    BOOST_TEST(header(response, "Content-Type") == "application/pdf");
    BOOST_TEST(header(response, "Content-Disposition")
        == "attachment; filename=\"Service Agreement.pdf\"; filename*=UTF-8''Service%20Agreement.pdf");
    BOOST_TEST(header(response, "Cache-Control") == "private, no-store");
}

BOOST_AUTO_TEST_CASE(keeps_non_ascii_names_in_the_utf8_form)
{
    auto response = response_for("Übersicht \"2026\".pdf", "application/pdf");
    BOOST_TEST(header(response, "Content-Disposition")
        == "attachment; filename=\"__bersicht _2026_.pdf\"; filename*=UTF-8''%C3%9Cbersicht%20%222026%22.pdf");
}

BOOST_AUTO_TEST_CASE(never_passes_on_a_malformed_type_or_a_folder)
{
    BOOST_TEST(header(response_for("a.txt", "text/plain\r\nSet-Cookie: x=1"), "Content-Type") == "application/octet-stream");
    BOOST_TEST(header(response_for("a.txt", ""), "Content-Type") == "application/octet-stream");
    BOOST_TEST(header(response_for("a.txt", "Text/Plain; charset=utf-8"), "Content-Type") == "text/plain");
    BOOST_TEST(header(response_for("../../etc/passwd", "text/plain"), "Content-Disposition").find("filename=\"passwd\"")
        != std::string::npos);
    BOOST_TEST(header(response_for("", "text/plain"), "Content-Disposition").find("filename=\"download\"")
        != std::string::npos);
}

BOOST_AUTO_TEST_CASE(links_only_to_web_addresses)
{
    BOOST_TEST(portal::is_web_address("https://northwind.example/manual"));
    BOOST_TEST(portal::is_web_address("HTTP://northwind.example/"));
    BOOST_TEST(!portal::is_web_address("javascript:alert(1)"));
    BOOST_TEST(!portal::is_web_address("https://a.example/\nb"));
    BOOST_TEST(!portal::is_web_address("manual.pdf"));
}
