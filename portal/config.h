#pragma once

#include "base/result.h"

#include <string>
#include <string_view>

namespace portal {

// Everything config.inc says, validated. Read once at start-up; read-only after.
struct Config {
    std::string site_url; // $site_URL: the CRM's base URL
    std::string company_name = "Customer Portal"; // $CompanyName
    std::string logo_path; // $logoPath: URL of the logo image; empty: the theme's
    std::string theme = "default";
    std::string stylesheet_url; // $stylesheet_URL: the company's own css, after the theme's
    std::string language = "en_us";
    int crm_connect_timeout_seconds = 5;
    int crm_timeout_seconds = 20;
    std::string crm_ca_file; // empty: the system's CA store
    bool crm_verify_tls = true;
    int session_idle_minutes = 30;
    int session_lifetime_hours = 12;
    // Where sessions live: "memory" (this process) or "mariadb" (shared by
    // several portal nodes); the $session_db_* keys say which database.
    std::string session_store = "memory";
    std::string session_db_host = "127.0.0.1";
    int session_db_port = 3306;
    std::string session_db_socket; // a unix socket instead of host and port
    std::string session_db_user;
    std::string session_db_password;
    std::string session_db_name = "portal_sessions";
    // $secret_key_file: 32 random bytes that seal the CRM passwords in the
    // sessions; relative paths are taken from the config file's folder.
    std::string secret_key_file;
    int login_failures_per_account = 5;
    int login_failures_per_address = 20;
    int login_lockout_minutes = 15;
    // $upload_maxsize: the most bytes the files of one form may have together
    // (the name of the PHP package's key). The server reads bodies up to twice
    // this plus 1 MiB, so a form with files a little too large is shown again
    // with the customer's typing and a clear message.
    std::size_t upload_max_bytes = 5 * 1024 * 1024;
    std::size_t request_body_limit() const { return 2 * upload_max_bytes + 1024 * 1024; }
    // $support_notice_days: a customer whose support period ends within this
    // many days sees a notice on every page; 0: never.
    int support_notice_days = 14;
    // $signup_enabled: people may create their own account at /signup (when
    // the CRM has the sign-up extension).
    bool signup_enabled = false;
    // $test_log_captcha_answers: ONLY FOR AUTOMATED TESTS. Writes the answer
    // of every sign-up captcha into the log, so a test can solve it.
    bool test_log_captcha_answers = false;
};

// Parses config.inc text (PHP syntax: `$key = 'value';`, `//` and `#` comments).
// On failure the error message lists every bad line as "NAME:LINE: what is wrong",
// one per line, so an admin fixes them all at once.
base::Result<Config> parse_config(std::string_view text, std::string_view file_name);
base::Result<Config> load_config(const std::string& path);

}
