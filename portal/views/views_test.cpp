#define BOOST_TEST_MODULE views
#include <boost/test/unit_test.hpp>

#include "portal/views/catalog.h"
#include "portal/views/renderer.h"
#include "portal/views/text.h"

BOOST_AUTO_TEST_CASE(catalog_reads_keys_and_reports_bad_lines)
{
    auto catalog
        = portal::Catalog::parse("# words\nLBL_SIGN_IN = Sign in\nLBL_HELLO = Hello {name}, {name}!\n", "x.lang");
    BOOST_TEST_REQUIRE(catalog.ok());
    BOOST_TEST(catalog->text("LBL_SIGN_IN") == "Sign in");
    BOOST_TEST(catalog->text("LBL_MISSING") == "LBL_MISSING");
    BOOST_TEST(catalog->format("LBL_HELLO", { { "name", "Mary" } }) == "Hello Mary, Mary!");

    auto bad = portal::Catalog::parse("LBL_A = a\nlower = b\nLBL_A = again\n", "x.lang");
    BOOST_TEST_REQUIRE(!bad.ok());
    BOOST_TEST(bad.error().message().find("x.lang:2:") != std::string::npos);
    BOOST_TEST(bad.error().message().find("x.lang:3: LBL_A is defined twice") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(catalog_falls_back_to_another)
{
    auto english = portal::Catalog::parse("LBL_A = A\nLBL_B = B\n", "en.lang");
    auto german = portal::Catalog::parse("LBL_A = Ä\n", "de.lang");
    auto merged = german->with_fallback(*english);
    BOOST_TEST(merged.text("LBL_A") == "Ä");
    BOOST_TEST(merged.text("LBL_B") == "B");
}

BOOST_AUTO_TEST_CASE(html_entities_from_the_crm_are_decoded_once)
{
    BOOST_TEST(portal::decode_html_entities("Tom &amp; Jerry&#039;s &lt;b&gt;") == "Tom & Jerry's <b>");
    BOOST_TEST(portal::decode_html_entities("&amp;amp; & &unknown;") == "&amp; & &unknown;");
}

BOOST_AUTO_TEST_CASE(dates_and_numbers_are_written_the_languages_way)
{
    auto english = portal::Catalog::load("lang/en_us.lang");
    auto german = portal::Catalog::load("lang/de_de.lang");
    auto french = portal::Catalog::load("lang/fr_fr.lang");
    BOOST_TEST_REQUIRE((english.ok() && german.ok() && french.ok()));
    BOOST_TEST(portal::format_date(*english, "2026-11-20 14:04:31") == "11/20/2026 2:04 PM");
    BOOST_TEST(portal::format_date(*english, "2026-11-20 00:30:00") == "11/20/2026 12:30 AM");
    BOOST_TEST(portal::format_date(*german, "2026-11-20 14:04:31") == "20.11.2026 14:04");
    BOOST_TEST(portal::format_date(*german, "2026-11-20") == "20.11.2026");
    BOOST_TEST(portal::format_date(*german, "soon") == "soon");
    BOOST_TEST(portal::format_date(*german, "2026-1x-20") == "2026-1x-20");
    BOOST_TEST(portal::format_date(*german, "") == "");
    BOOST_TEST(portal::format_decimal(*english, "1234567.89000000", 2) == "1,234,567.89");
    BOOST_TEST(portal::format_decimal(*german, "1234567.89000000", 2) == "1.234.567,89");
    BOOST_TEST(portal::format_decimal(*french, "-1200.5", 2) == "-1\u202f200,50");
    BOOST_TEST(portal::format_decimal(*german, "3", 0) == "3");
    BOOST_TEST(portal::format_decimal(*german, "12a", 2) == "12a");
}

// The shipped default theme and English catalog render a page, escaping what
// came from outside.
BOOST_AUTO_TEST_CASE(default_theme_renders_escaped_pages)
{
    auto renderer = portal::Renderer::create({ ".", "default", "en_us", { { "COMPANY_NAME", "Acme <Support>" } }, "" });
    BOOST_TEST_REQUIRE(renderer.ok(), (renderer.ok() ? "" : renderer.error().message()));
    portal::ViewData data;
    data.set("PAGE_TITLE", "x").set("ERROR_STATUS", "404").set("ERROR_MESSAGE", "<script>alert(1)</script>");
    std::string html = (*renderer)->render("error", data, "en_us");
    BOOST_TEST(html.find("Acme &lt;Support&gt;") != std::string::npos);
    BOOST_TEST(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    BOOST_TEST(html.find("<script>alert") == std::string::npos);
    BOOST_TEST(html.find("<html lang=\"en-US\" dir=\"ltr\"") != std::string::npos);
    BOOST_TEST(
        (*renderer)->render("error", data, "ar_ae").find("<html lang=\"ar-AE\" dir=\"rtl\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_theme_is_refused_with_its_folder)
{
    auto renderer = portal::Renderer::create({ ".", "no-such-theme", "en_us", {}, "" });
    BOOST_TEST_REQUIRE(!renderer.ok());
    BOOST_TEST(renderer.error().message().find("no-such-theme") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_company_stylesheet_follows_the_theme_css)
{
    portal::RendererOptions options { ".", "default", "en_us", {}, "/company/brand.css" };
    auto with = portal::Renderer::create(options);
    BOOST_TEST_REQUIRE(with.ok());
    std::string html = (*with)->render("error", {}, "en_us");
    auto theme_css = html.find("/css/portal.css");
    auto company_css = html.find("<link rel=\"stylesheet\" href=\"/company/brand.css\">");
    BOOST_TEST((theme_css != std::string::npos && company_css != std::string::npos && theme_css < company_css));
    options.company_stylesheet.clear();
    BOOST_TEST(
        (*portal::Renderer::create(options))->render("error", {}, "en_us").find("brand.css") == std::string::npos);
}
