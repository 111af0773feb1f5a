#define BOOST_TEST_MODULE config
#include <boost/test/unit_test.hpp>

#include "portal/config.h"

BOOST_AUTO_TEST_CASE(reads_the_php_package_syntax)
{
    auto config = portal::parse_config("<?php\n"
                                       "// the CRM\n"
                                       "$site_URL = 'https://crm.example.com/';\n"
                                       "$CompanyName = \"Northwind \\\"Support\\\"\"; // shown in the header\n"
                                       "$logoPath = 'img/logo.png';\n"
                                       "$theme = 'default';\n"
                                       "$crm_timeout = 30;\n"
                                       "$crm_verify_tls = false;\n"
                                       "?>\n",
        "config.inc");
    BOOST_TEST_REQUIRE(config.ok());
    BOOST_TEST(config->site_url == "https://crm.example.com/");
    BOOST_TEST(config->company_name == "Northwind \"Support\"");
    BOOST_TEST(config->logo_path == "img/logo.png");
    BOOST_TEST(config->crm_timeout_seconds == 30);
    BOOST_TEST(!config->crm_verify_tls);
    BOOST_TEST(config->language == "en_us");
}

BOOST_AUTO_TEST_CASE(reports_every_bad_line_with_its_number)
{
    auto config = portal::parse_config("$site_URL = 'ftp://x';\n"
                                       "$colour = 'red';\n"
                                       "\n"
                                       "$CompanyName = 'Acme\n"
                                       "$crm_timeout = 'soon';\n"
                                       "theme = 'x';\n"
                                       "$theme = '../etc';\n",
        "config.inc");
    BOOST_TEST_REQUIRE(!config.ok());
    const std::string& message = config.error().message();
    BOOST_TEST(message.find("config.inc:1: $site_URL must start with http") != std::string::npos);
    BOOST_TEST(message.find("config.inc:2: unknown key $colour") != std::string::npos);
    BOOST_TEST(message.find("config.inc:4: the string of $CompanyName has no closing quote") != std::string::npos);
    BOOST_TEST(message.find("config.inc:5: $crm_timeout must be a whole number") != std::string::npos);
    BOOST_TEST(message.find("config.inc:6: expected `$name = value;`") != std::string::npos);
    BOOST_TEST(message.find("config.inc:7: $theme must be a theme folder name") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(site_url_is_required)
{
    auto config = portal::parse_config("$CompanyName = 'Acme';\n", "c.inc");
    BOOST_TEST_REQUIRE(!config.ok());
    BOOST_TEST(config.error().message().find("$site_URL is missing") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_semicolon_and_trailing_text_are_errors)
{
    auto config = portal::parse_config("$site_URL = 'http://crm'\n$theme = 'a'; junk\n", "c.inc");
    BOOST_TEST_REQUIRE(!config.ok());
    BOOST_TEST(config.error().message().find("c.inc:1: expected `;`") != std::string::npos);
    BOOST_TEST(config.error().message().find("c.inc:2: unexpected text after `;`") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reads_the_upload_limit_in_bytes_or_with_a_suffix)
{
    auto config = portal::parse_config("$site_URL = 'http://crm/';\n$upload_maxsize = '3M';\n", "config.inc");
    BOOST_TEST_REQUIRE(config.ok());
    BOOST_TEST(config->upload_max_bytes == 3u * 1024 * 1024);
    config = portal::parse_config("$site_URL = 'http://crm/';\n$upload_maxsize = 3000000;\n", "config.inc");
    BOOST_TEST_REQUIRE(config.ok());
    BOOST_TEST(config->upload_max_bytes == 3000000u);
    config = portal::parse_config("$site_URL = 'http://crm/';\n$upload_maxsize = 'big';\n", "config.inc");
    BOOST_TEST_REQUIRE(!config.ok());
    BOOST_TEST(
        config.error().message().find("config.inc:2: $upload_maxsize must be a size in bytes") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reads_the_session_and_lockout_keys_and_checks_them_together)
{
    auto config = portal::parse_config("$site_URL = 'https://crm.example.com/';\n"
                                       "$session_store = 'mariadb';\n"
                                       "$session_db_user = 'portal';\n"
                                       "$session_db_port = 3307;\n"
                                       "$secret_key_file = '/etc/portal/secret.key';\n"
                                       "$login_failures_per_account = 3;\n"
                                       "$login_lockout_minutes = 30;\n",
        "config.inc");
    BOOST_TEST_REQUIRE(config.ok());
    BOOST_TEST(config->session_store == "mariadb");
    BOOST_TEST(config->session_db_port == 3307);
    BOOST_TEST(config->session_db_name == "portal_sessions");
    BOOST_TEST(config->secret_key_file == "/etc/portal/secret.key");
    BOOST_TEST(config->login_failures_per_account == 3);
    BOOST_TEST(config->login_failures_per_address == 20);
    BOOST_TEST(config->login_lockout_minutes == 30);

    auto bad = portal::parse_config("$site_URL = 'https://crm.example.com/';\n"
                                    "$session_store = 'redis';\n"
                                    "$login_failures_per_account = 0;\n",
        "config.inc");
    BOOST_TEST_REQUIRE(!bad.ok());
    BOOST_TEST(bad.error().message().find("$session_store must be 'memory' or 'mariadb'") != std::string::npos);
    BOOST_TEST(bad.error().message().find("config.inc:3: $login_failures_per_account") != std::string::npos);
    auto no_user = portal::parse_config("$site_URL = 'https://crm.example.com/';\n$session_store = 'mariadb';\n", "c");
    BOOST_TEST(no_user.error().message().find("needs $session_db_user") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(account_lifecycle_keys_have_safe_defaults_and_limits)
{
    auto defaults = portal::parse_config("$site_URL = 'https://crm.example.com/';\n", "config.inc");
    BOOST_TEST_REQUIRE(defaults.ok());
    BOOST_TEST(defaults->support_notice_days == 14);
    BOOST_TEST(!defaults->signup_enabled);
    BOOST_TEST(!defaults->test_log_captcha_answers);
    auto set = portal::parse_config(
        "$site_URL = 'https://crm.example.com/';\n$support_notice_days = 30;\n$signup_enabled = true;\n", "config.inc");
    BOOST_TEST_REQUIRE(set.ok());
    BOOST_TEST(set->support_notice_days == 30);
    BOOST_TEST(set->signup_enabled);
    auto bad
        = portal::parse_config("$site_URL = 'https://crm.example.com/';\n$support_notice_days = 400;\n", "config.inc");
    BOOST_TEST_REQUIRE(!bad.ok());
    BOOST_TEST(bad.error().message().find("config.inc:2: $support_notice_days must be a whole number from 0 to 365")
        != std::string::npos);
}
