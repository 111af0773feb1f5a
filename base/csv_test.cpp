#define BOOST_TEST_MODULE csv
#include <boost/test/unit_test.hpp>

#include "base/csv.h"

BOOST_AUTO_TEST_CASE(plain_cells_are_written_as_they_are)
{
    BOOST_TEST(base::csv_cell("TT12") == "TT12");
    BOOST_TEST(base::csv_cell("Grüße aus Köln") == "Grüße aus Köln");
    BOOST_TEST(base::csv_cell("") == "");
}

BOOST_AUTO_TEST_CASE(quotes_commas_and_line_breaks_are_quoted_as_rfc_4180_says)
{
    BOOST_TEST(base::csv_cell("a, \"b\"\nc") == "\"a, \"\"b\"\"\nc\"");
    BOOST_TEST(base::csv_cell("one,two") == "\"one,two\"");
    BOOST_TEST(base::csv_cell("line\r\nbreak") == "\"line\r\nbreak\"");
    BOOST_TEST(base::csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
}

BOOST_AUTO_TEST_CASE(cells_that_start_like_a_formula_are_neutralised)
{
    BOOST_TEST(base::csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    BOOST_TEST(base::csv_cell("+1") == "'+1");
    BOOST_TEST(base::csv_cell("-2+3") == "'-2+3");
    BOOST_TEST(base::csv_cell("@SUM(A1)") == "'@SUM(A1)");
    BOOST_TEST(base::csv_cell("\tcmd") == "'\tcmd");
    BOOST_TEST(base::csv_cell("\rcmd") == "\"'\rcmd\"");
    // Only the first character counts.
    BOOST_TEST(base::csv_cell("a=b") == "a=b");
}

BOOST_AUTO_TEST_CASE(a_document_has_a_byte_order_mark_and_crlf_rows)
{
    auto writer = base::CsvWriter::with_byte_order_mark();
    writer.add_row({ "Number", "Title" });
    writer.add_row({ "TT1", "a, b" });
    writer.add_row({ "", "" });
    BOOST_TEST(writer.text() == "\xEF\xBB\xBFNumber,Title\r\nTT1,\"a, b\"\r\n,\r\n");
}
