#define BOOST_TEST_MODULE strings
#include <boost/test/unit_test.hpp>

#include "base/result.h"
#include "base/strings.h"

BOOST_AUTO_TEST_CASE(url_encoding_round_trips_form_values)
{
    BOOST_TEST(base::url_encode("jane.portal@example.com") == "jane.portal%40example.com");
    BOOST_TEST(base::url_encode("a b&c") == "a+b%26c");
    BOOST_TEST(base::url_decode("a+b%26c%2") == "a b&c%2");
    BOOST_TEST(base::url_decode(base::url_encode("Grüße / 100%")) == "Grüße / 100%");
}

BOOST_AUTO_TEST_CASE(base64_matches_known_values)
{
    BOOST_TEST(base::base64_encode("jane.portal@example.com:Portal@123")
        == "amFuZS5wb3J0YWxAZXhhbXBsZS5jb206UG9ydGFsQDEyMw==");
    BOOST_TEST(*base::base64_decode("aGk=") == "hi");
    BOOST_TEST(!base::base64_decode("a*b").has_value());
}

BOOST_AUTO_TEST_CASE(split_trim_and_parse)
{
    auto parts = base::split("a,,b", ',');
    BOOST_TEST(parts.size() == 3u);
    BOOST_TEST(base::trim("  x y \n") == "x y");
    BOOST_TEST(*base::parse_int("42") == 42);
    BOOST_TEST(!base::parse_int("4x").has_value());
    BOOST_TEST(!base::parse_int("").has_value());
}

namespace {

base::Result<int> half(int value)
{
    if (value % 2 != 0)
        return base::Error("test.odd", "odd number");
    return value / 2;
}

base::Result<int> quarter(int value)
{
    int h = TRY(half(value));
    return TRY(half(h));
}

}

BOOST_AUTO_TEST_CASE(try_propagates_the_first_error)
{
    BOOST_TEST(*quarter(8) == 2);
    auto result = quarter(6);
    BOOST_TEST(!result.ok());
    BOOST_TEST(result.error().code() == "test.odd");
}

BOOST_AUTO_TEST_CASE(path_decoding_keeps_plus_signs)
{
    BOOST_TEST(base::percent_decode("/kb/a+b%20c") == "/kb/a+b c");
    BOOST_TEST(base::percent_decode("100%") == "100%");
    BOOST_TEST(base::percent_decode("%4") == "%4");
    BOOST_TEST(base::percent_decode("%zz%41") == "%zzA");
}
