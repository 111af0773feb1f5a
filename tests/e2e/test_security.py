"""Sessions, cookies, security headers and changing the password."""

import glob
import os
import re
import subprocess
import tempfile

from extra_node import REPO, Node, config_with
from http_client import Browser, crm_call
from stack import CRM_URL, MARY, PORTAL_URL

LENA = ("lena.berg@eastwind.example", "Demo-Portal-3")


def assert_security_headers(answer, what):
    csp = answer.header("content-security-policy") or ""
    assert "frame-ancestors 'none'" in csp, (what, csp)
    script = re.search(r"script-src ([^;]*)", csp) or re.search(r"default-src ([^;]*)", csp)
    assert script and "unsafe-inline" not in script.group(1), (what, csp)
    assert answer.header("x-frame-options") == "DENY", what
    assert answer.header("x-content-type-options") == "nosniff", what
    assert answer.header("referrer-policy"), what


def test_every_kind_of_answer_carries_the_security_headers():
    browser = Browser(PORTAL_URL)
    answers = {
        "login page": browser.get("/login"),
        "redirect": browser.get("/cases"),
        "not found": browser.get("/no/such/page"),
        "form expired": browser.post("/login", {"email": "x@example.org", "password": "x"}),
        "static file": browser.get("/themes/default/static/css/portal.css"),
        "missing static file": browser.get("/themes/default/static/css/missing.css"),
    }
    browser.log_in(*MARY)
    answers["logged-in page"] = browser.get("/cases")
    answers["logged-in error"] = browser.get("/cases/99x99999")
    for what, answer in answers.items():
        assert_security_headers(answer, what)


def test_no_template_has_inline_script_or_style_that_the_policy_would_block():
    for path in glob.glob(os.path.join(REPO, "themes", "*", "templates", "*.tpl")):
        with open(path, encoding="utf-8") as template:
            text = template.read()
        assert not re.search(r"<script(?![^>]*\ssrc=)", text), path
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", text), path
        assert "javascript:" not in text, path


def test_a_session_cookie_planted_before_login_is_replaced_and_worthless():
    planted = "b" * 64
    browser = Browser(PORTAL_URL)
    browser.cookies["portal_session"] = planted
    assert browser.get("/cases").status == 303  # unknown to the portal
    answer = browser.log_in(*MARY)
    assert answer.status == 303
    assert browser.cookies["portal_session"] != planted
    attacker = Browser(PORTAL_URL)
    attacker.cookies["portal_session"] = planted
    after = attacker.get("/cases")
    assert after.status == 303 and after.header("location").startswith("/login")


def session_cookie(answer):
    return [c for c in answer.header_all("set-cookie") if c.startswith("portal_session=")][0]


def test_cookies_are_secure_only_when_the_request_came_over_https():
    plain = session_cookie(Browser(PORTAL_URL).log_in(*MARY))
    assert "HttpOnly" in plain and "SameSite=Lax" in plain and "Secure" not in plain
    with Node("behind-tls", {}, behind_tls=True) as node:
        answer = Browser(node.url).log_in(*MARY)
        assert "Secure" in session_cookie(answer) and "HttpOnly" in session_cookie(answer)
        login_csrf = [c for c in Browser(node.url).get("/login").header_all("set-cookie")]
        assert login_csrf and all("Secure" in c for c in login_csrf)


def change(browser, current, new, again=None):
    token = browser.get("/account/password").hidden_input("csrf_token")
    return browser.post("/account/password", {"csrf_token": token, "current_password": current,
                                              "new_password": new, "new_password_again": again or new})


def test_the_password_form_explains_every_mistake():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    assert 'href="/account/password"' in browser.get("/cases").text  # in the header
    page = browser.get("/account/password")
    assert page.status == 200 and "At least 10 characters" in page.text
    wrong = change(browser, "not-my-password", "A-Good-New-Pass-1")
    assert wrong.status == 200 and "The current password is not correct" in wrong.text
    differ = change(browser, MARY[1], "A-Good-New-Pass-1", "A-Good-New-Pass-2")
    assert differ.status == 400 and "are not the same" in differ.text
    short = change(browser, MARY[1], "short")
    assert short.status == 400 and "too short" in short.text
    assert 'value="' + MARY[1] not in short.text  # passwords are never sent back
    german = Browser(PORTAL_URL)
    german.cookies["portal_language"] = "de_de"
    german.log_in(*MARY)
    assert "Passwort ändern" in german.get("/account/password").text
    assert Browser(PORTAL_URL).log_in(*MARY).status == 303  # unchanged


def test_changing_the_password_renews_this_session_and_ends_the_others():
    laptop, phone = Browser(PORTAL_URL), Browser(PORTAL_URL)
    laptop.log_in(*LENA)
    phone.log_in(*LENA)
    old_id = laptop.cookies["portal_session"]
    new_password = "Lena-Changed-Pass-42"
    try:
        answer = change(laptop, LENA[1], new_password)
        assert answer.status == 303 and answer.header("location") == "/account/password?changed=1", answer.status
        assert laptop.cookies["portal_session"] != old_id
        done = laptop.get("/account/password?changed=1")
        assert done.status == 200 and "Your password has been changed" in done.text
        assert laptop.get("/cases").status == 200  # the new password works at the CRM
        assert phone.get("/cases").status == 303  # the other device is signed out
        replay = Browser(PORTAL_URL)
        replay.cookies["portal_session"] = old_id
        assert replay.get("/cases").status == 303
        assert "password is not correct" in Browser(PORTAL_URL).log_in(*LENA).text
        assert Browser(PORTAL_URL).log_in(LENA[0], new_password).status == 303
    finally:
        crm_call(CRM_URL, "ChangePassword", LENA[0], new_password, newPassword=LENA[1])
    assert Browser(PORTAL_URL).log_in(*LENA).status == 303


def serve_with_key_file(folder, key_file):
    config = os.path.join(folder, "config.inc")
    with open(config, "w", encoding="utf-8") as out:
        out.write(config_with({"secret_key_file": key_file}))
    return subprocess.run([os.environ["PORTAL_BINARY"], "serve", "--config", config, "--root", REPO, "--listen",
                           os.path.join(folder, "portal.sock")], capture_output=True, text=True, timeout=60)


def test_the_portal_refuses_to_start_without_a_private_key_file_of_32_bytes():
    with tempfile.TemporaryDirectory() as folder:
        key = os.path.join(folder, "secret.key")
        missing = serve_with_key_file(folder, key)
        assert missing.returncode == 1 and key + " is missing" in missing.stderr, missing.stderr
        with open(key, "wb") as out:
            out.write(os.urandom(32))
        os.chmod(key, 0o644)
        too_open = serve_with_key_file(folder, key)
        assert too_open.returncode == 1 and "chmod 600" in too_open.stderr, too_open.stderr
        os.chmod(key, 0o600)
        with open(key, "ab") as out:
            out.write(b"x")
        wrong_size = serve_with_key_file(folder, key)
        assert wrong_size.returncode == 1 and "exactly 32 bytes" in wrong_size.stderr, wrong_size.stderr
