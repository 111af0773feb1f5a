#define BOOST_TEST_MODULE lang
#include <boost/test/unit_test.hpp>

#include "portal/views/catalog.h"
#include "portal/views/catalog_check.h"
#include "portal/views/language_choice.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// Every template and every portal source: where a key can be used.
std::string all_users_of_keys()
{
    std::string text;
    for (const auto& root : { fs::path("themes"), fs::path("portal") }) {
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            auto extension = entry.path().extension();
            if (extension == ".tpl" || extension == ".cpp" || extension == ".h")
                text += read_all(entry.path());
        }
    }
    return text;
}

}

// A translation that lacks a key shows English in its place; one with an extra
// key has a typo. Both are caught here, for every file in lang/.
BOOST_AUTO_TEST_CASE(every_catalog_has_exactly_the_keys_of_english)
{
    auto english = portal::Catalog::load("lang/en_us.lang");
    BOOST_TEST_REQUIRE(english.ok());
    int catalogs = 0;
    for (const auto& entry : fs::directory_iterator("lang")) {
        auto catalog = portal::Catalog::load(entry.path().string());
        BOOST_TEST_REQUIRE(catalog.ok(), entry.path().string());
        ++catalogs;
        for (const auto& [key, text] : english->texts())
            BOOST_TEST(catalog->has(key), entry.path().filename().string() << " lacks " << key);
        for (const auto& [key, text] : catalog->texts())
            BOOST_TEST(english->has(key), entry.path().filename().string() << " has unknown key " << key);
    }
    BOOST_TEST(catalogs >= 6);
}

BOOST_AUTO_TEST_CASE(every_english_key_is_used)
{
    auto english = portal::Catalog::load("lang/en_us.lang");
    BOOST_TEST_REQUIRE(english.ok());
    std::string users = all_users_of_keys();
    for (const auto& [key, text] : english->texts()) {
        if (key == "LBL_LANGUAGE_NAME")
            continue; // read by the language menu of every catalog at once
        BOOST_TEST(users.find(key) != std::string::npos, key << " is used nowhere");
    }
}

BOOST_AUTO_TEST_CASE(language_is_chosen_from_cookie_then_browser_then_default)
{
    std::vector<std::string> available { "ar_ae", "de_de", "en_us", "fr_fr", "pt_br" };
    BOOST_TEST(portal::choose_language(available, std::string("fr_fr"), std::string("de"), "en_us") == "fr_fr");
    BOOST_TEST(portal::choose_language(available, std::string("xx_yy"), std::nullopt, "en_us") == "en_us");
    BOOST_TEST(
        portal::choose_language(available, std::nullopt, std::string("de-AT,de;q=0.9,en;q=0.5"), "en_us") == "de_de");
    BOOST_TEST(portal::choose_language(available, std::nullopt, std::string("en-GB,en;q=0.8"), "en_us") == "en_us");
    BOOST_TEST(portal::choose_language(available, std::nullopt, std::string("pt-BR"), "en_us") == "pt_br");
    BOOST_TEST(portal::choose_language(available, std::nullopt, std::string("ja,fr;q=0.1"), "en_us") == "fr_fr");
    BOOST_TEST(portal::choose_language(available, std::nullopt, std::string("ja;q=0,*"), "en_us") == "en_us");
    BOOST_TEST(portal::choose_language(available, std::nullopt, std::string(";;,q=,"), "en_us") == "en_us");
    BOOST_TEST(portal::html_language_tag("pt_br") == "pt-BR");
    BOOST_TEST(portal::html_language_tag("en") == "en");
}

BOOST_AUTO_TEST_CASE(the_shipped_catalogs_pass_the_check)
{
    auto problems = portal::check_catalogs(".");
    BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems.front()));
}

BOOST_AUTO_TEST_CASE(the_check_names_missing_unknown_and_undefined_words)
{
    fs::path root = fs::temp_directory_path() / ("catalog-check-" + std::to_string(::getpid()));
    fs::create_directories(root / "lang");
    fs::create_directories(root / "themes" / "x" / "templates");
    std::ofstream(root / "lang" / "en_us.lang") << "LBL_A = A\nLBL_B = B\n";
    std::ofstream(root / "lang" / "de_de.lang") << "LBL_A = A\nLBL_TYPO = T\n";
    std::ofstream(root / "lang" / "xx_xx.lang") << "not a line\n";
    std::ofstream(root / "themes" / "x" / "templates" / "page.tpl") << "{{LBL_A}} {{LBL_C}} {{OTHER}}";
    auto problems = portal::check_catalogs(root.string());
    fs::remove_all(root);
    std::string all;
    for (const auto& line : problems)
        all += line + "\n";
    BOOST_TEST(all.find("de_de.lang: lacks LBL_B") != std::string::npos, all);
    BOOST_TEST(all.find("de_de.lang: has LBL_TYPO") != std::string::npos, all);
    BOOST_TEST(all.find("xx_xx.lang:1:") != std::string::npos, all);
    BOOST_TEST(all.find("en_us.lang: lacks LBL_C, which a template uses") != std::string::npos, all);
    BOOST_TEST(problems.size() == 4u, all);
}
