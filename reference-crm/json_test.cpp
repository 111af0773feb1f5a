#define BOOST_TEST_MODULE json
#include <boost/test/unit_test.hpp>

#include "reference-crm/json.h"

#include <random>

using refcrm::json::parse;
using refcrm::json::serialize;
using refcrm::json::Value;

namespace {

std::string quoted(std::string_view text) { return serialize(Value(text)); }

}

BOOST_AUTO_TEST_CASE(writes_the_envelope_in_insertion_order)
{
    Value result = Value::object();
    result.set("success", Value::boolean(true));
    result.set("result", Value::object().set("count", "3").set("id", "17x5"));
    result.set("list", Value::array().push(Value::integer(-4)).push(Value()).push(Value::boolean(false)));
    BOOST_TEST(serialize(result) == R"({"success":true,"result":{"count":"3","id":"17x5"},"list":[-4,null,false]})");
}

BOOST_AUTO_TEST_CASE(set_replaces_an_existing_key_in_place)
{
    Value object = Value::object().set("a", "1").set("b", "2").set("a", "3");
    BOOST_TEST(serialize(object) == R"({"a":"3","b":"2"})");
}

BOOST_AUTO_TEST_CASE(escapes_quotes_backslashes_and_control_characters)
{
    BOOST_TEST(quoted("say \"hi\" \\ bye") == R"("say \"hi\" \\ bye")");
    BOOST_TEST(quoted("a\nb\tc\rd") == R"("a\nb\tc\rd")");
    BOOST_TEST(quoted(std::string("\x01\x1f", 2)) == R"("\u0001\u001f")");
    BOOST_TEST(quoted(std::string("nul\0end", 7)) == R"("nul\u0000end")");
    BOOST_TEST(quoted("</script>") == R"("</script>")");
}

BOOST_AUTO_TEST_CASE(passes_utf8_through_and_replaces_broken_bytes)
{
    BOOST_TEST(quoted("Größe 日本 😀") == "\"Größe 日本 😀\"");
    BOOST_TEST(quoted("bad \xff byte") == "\"bad \xEF\xBF\xBD byte\"");
    BOOST_TEST(quoted("cut \xE6\x97") == "\"cut \xEF\xBF\xBD\xEF\xBF\xBD\"");
    BOOST_TEST(quoted("overlong \xC0\xAF") == "\"overlong \xEF\xBF\xBD\xEF\xBF\xBD\"");
    BOOST_TEST(quoted("surrogate \xED\xA0\x80").find("\xED\xA0\x80") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(parses_a_fields_filter)
{
    auto parsed = parse(R"( {"ticketstatus": "Open", "ticketpriorities":"High"} )");
    BOOST_REQUIRE(parsed.ok());
    BOOST_TEST(parsed->members().size() == 2u);
    BOOST_TEST(parsed->members()[0].first == "ticketstatus");
    BOOST_TEST(parsed->find("ticketpriorities")->text() == "High");
}

BOOST_AUTO_TEST_CASE(parses_every_kind_of_value)
{
    auto parsed = parse(R"([1, -0.5e+3, true, false, null, "x", {}, []])");
    BOOST_REQUIRE(parsed.ok());
    const auto& items = parsed->items();
    BOOST_REQUIRE(items.size() == 8u);
    BOOST_TEST(items[1].text() == "-0.5e+3");
    BOOST_TEST(items[2].as_bool());
    BOOST_TEST(items[4].is_null());
    BOOST_TEST(items[6].is_object());
}

BOOST_AUTO_TEST_CASE(decodes_escapes_and_surrogate_pairs)
{
    auto parsed = parse(R"("a\"b\\c\/d\n\u00e9\ud83d\ude00")");
    BOOST_REQUIRE(parsed.ok());
    BOOST_TEST(parsed->text() == "a\"b\\c/d\né😀");
}

BOOST_AUTO_TEST_CASE(round_trips_through_writer_and_parser)
{
    std::string text = R"({"k":["é",1,{"n":null}],"s":"\u0002\n"})";
    auto parsed = parse(text);
    BOOST_REQUIRE(parsed.ok());
    BOOST_TEST(serialize(parsed.value()) == R"({"k":["é",1,{"n":null}],"s":"\u0002\n"})");
}

BOOST_AUTO_TEST_CASE(refuses_malformed_documents)
{
    for (std::string_view bad : { "", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "01", "1.", "-", "1e",
             "tru", "nul", "\"open", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"",
             "\"tab\there\"", "[1] 2", "\"\xff\"", "'single'", "{\"a\":1}}" }) {
        auto parsed = parse(bad);
        BOOST_TEST(!parsed.ok(), "accepted: " << bad);
        if (!parsed.ok())
            BOOST_TEST(parsed.error().code() == "json.syntax");
    }
}

BOOST_AUTO_TEST_CASE(refuses_deep_nesting_without_crashing)
{
    std::string deep(100000, '[');
    BOOST_TEST(!parse(deep).ok());
    std::string ok_depth = std::string(60, '[') + std::string(60, ']');
    BOOST_TEST(parse(ok_depth).ok());
}

BOOST_AUTO_TEST_CASE(survives_random_bytes)
{
    std::mt19937 random(12345);
    const std::string alphabet = "{}[]\",:\\u0123456789abcdefEtrnl- \x01\xff\xc3\xa9";
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        int length = static_cast<int>(random() % 40);
        for (int i = 0; i < length; ++i)
            text += alphabet[random() % alphabet.size()];
        auto parsed = parse(text);
        if (parsed.ok())
            BOOST_TEST(parse(serialize(parsed.value())).ok());
    }
}

BOOST_AUTO_TEST_CASE(duplicate_keys_resolve_to_the_last)
{
    auto parsed = parse(R"({"a":"1","a":"2"})");
    BOOST_REQUIRE(parsed.ok());
    BOOST_TEST(parsed->find("a")->text() == "2");
}
