#define BOOST_TEST_MODULE pdf_document_test
#include <boost/test/unit_test.hpp>

#include "portal/pdf/pdf_document.h"

using namespace portal::pdf;

namespace {

SalesDocument invoice(std::size_t lines)
{
    SalesDocument document;
    document.company_name = "Northwind Supplies";
    document.title = "Invoice INV7";
    document.subject = "Q3 hardware";
    document.details = { { "Customer", "Mary Smith" }, { "Due", "12/24/2026" } };
    document.columns = { "Item", "Quantity", "Price", "Total" };
    for (std::size_t i = 0; i < lines; ++i)
        document.lines.push_back({ "Router X200", "2", "249.00", "498.00" });
    document.totals = { { "Total", "597.60" } };
    return document;
}

}

BOOST_AUTO_TEST_CASE(a_document_is_a_pdf)
{
    auto bytes = render_sales_document(invoice(2));
    BOOST_TEST_REQUIRE(bytes.ok());
    BOOST_TEST(bytes->starts_with("%PDF-"));
    BOOST_TEST(bytes->find("%%EOF") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(many_lines_make_more_pages)
{
    auto one = render_sales_document(invoice(3));
    auto many = render_sales_document(invoice(120));
    BOOST_TEST_REQUIRE(one.ok());
    BOOST_TEST_REQUIRE(many.ok());
    auto pages = [](const std::string& pdf) {
        std::size_t count = 0;
        for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
            count += pdf.compare(at, 12, "/Type /Pages") != 0 ? 1 : 0;
        return count;
    };
    BOOST_TEST(pages(*many) > pages(*one));
}

BOOST_AUTO_TEST_CASE(arabic_and_broken_text_do_not_fail)
{
    SalesDocument document = invoice(1);
    document.right_to_left = true;
    document.title = "\u0641\u0627\u062a\u0648\u0631\u0629 INV7";
    document.subject = std::string("bad \xff\xfe bytes");
    document.logo_file = "/nonexistent/logo.png";
    auto bytes = render_sales_document(document);
    BOOST_TEST_REQUIRE(bytes.ok());
    BOOST_TEST(bytes->starts_with("%PDF-"));
}
