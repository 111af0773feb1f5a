#define BOOST_TEST_MODULE plain_text
#include <boost/test/unit_test.hpp>

#include "portal/views/plain_text.h"

using portal::excerpt_around;
using portal::html_to_text;

BOOST_AUTO_TEST_CASE(drops_tags_and_keeps_paragraphs_as_lines)
{
    BOOST_TEST(html_to_text("<p>Hold the <b>re</b>set button.</p><p>Wait&nbsp;for &amp; see</p>")
        == "Hold the reset button.\n\nWait for & see");
    BOOST_TEST(html_to_text("Still broken<br />\nsee log") == "Still broken\nsee log");
    BOOST_TEST(html_to_text("<ul><li>one</li><li>two</li></ul>after") == "one\ntwo\n\nafter");
    BOOST_TEST(html_to_text("a<br>b<br/><br />c") == "a\nb\n\nc");
}

BOOST_AUTO_TEST_CASE(drops_script_and_style_with_their_content)
{
    BOOST_TEST(html_to_text("a<script>alert(1)</script>b<STYLE>p{}</STYLE>c") == "abc");
    BOOST_TEST(html_to_text("a<script>never closed") == "a");
    BOOST_TEST(html_to_text("x <img src=x onerror=alert(1) y") == "x");
}

BOOST_AUTO_TEST_CASE(plain_text_stays_as_it_is)
{
    BOOST_TEST(html_to_text("Use the \"Forgot password\" link.") == "Use the \"Forgot password\" link.");
    BOOST_TEST(html_to_text("  a   b  \n\n\n\n c ") == "a b\n\nc");
}

BOOST_AUTO_TEST_CASE(excerpt_marks_the_match_case_insensitively)
{
    auto excerpt = excerpt_around("Hold the reset button for 10 seconds.", "RESET");
    BOOST_TEST(excerpt.before == "Hold the ");
    BOOST_TEST(excerpt.match == "reset");
    BOOST_TEST(excerpt.after == " button for 10 seconds.");
}

BOOST_AUTO_TEST_CASE(excerpt_of_a_long_text_is_cut_at_spaces_with_ellipses)
{
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "word" + std::to_string(i) + " ";
    text += "needle and more words after it " + text;
    auto excerpt = excerpt_around(text, "needle", 80);
    BOOST_TEST(excerpt.match == "needle");
    BOOST_TEST(excerpt.before.starts_with("\u2026"));
    BOOST_TEST(excerpt.after.ends_with("\u2026"));
    BOOST_TEST(excerpt.before.size() + excerpt.after.size() < 120u);
    BOOST_TEST(excerpt.before.find("word") == 3u); // a whole word after the ellipsis
}

BOOST_AUTO_TEST_CASE(excerpt_without_a_match_is_the_beginning_and_never_splits_a_character)
{
    std::string text;
    for (int i = 0; i < 100; ++i)
        text += "\u00e9";
    auto excerpt = excerpt_around(text, "zzz", 51);
    BOOST_TEST(excerpt.before.empty());
    BOOST_TEST(excerpt.match.empty());
    BOOST_TEST(excerpt.after == std::string(text.substr(0, 50)) + "\u2026");
}

BOOST_AUTO_TEST_CASE(typed_text_is_counted_in_characters_and_must_be_utf8)
{
    using portal::text_problem;
    BOOST_TEST(!text_problem("Grüße\nund mehr", 14));
    BOOST_TEST(*text_problem("Grüße", 4) == "too long");
    BOOST_TEST(*text_problem("bad \xff byte", 100) == "invalid");
    BOOST_TEST(*text_problem("cut \xc3", 100) == "invalid");
    BOOST_TEST(*text_problem("surrogate \xed\xa0\x80", 100) == "invalid");
    BOOST_TEST(*text_problem(std::string("nul \0 inside", 12), 100) == "invalid");
}
