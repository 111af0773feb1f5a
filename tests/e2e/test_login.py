"""Logging in and out."""

from http_client import Browser
from stack import MARY, PORTAL_URL


def test_login_page_shows_the_company_and_a_form():
    page = Browser(PORTAL_URL).get("/login")
    assert page.status == 200, page.status
    assert "Northwind Traders Support" in page.text
    assert '<img class="logo" src="/themes/default/static/img/logo.svg"' in page.text
    assert 'name="email"' in page.text and 'name="password"' in page.text
    assert page.hidden_input("csrf_token")


def test_theme_files_are_served_by_nginx():
    browser = Browser(PORTAL_URL)
    css = browser.get("/themes/default/static/css/portal.css")
    assert css.status == 200 and css.header("content-type").startswith("text/css")
    logo = browser.get("/themes/default/static/img/logo.svg")
    assert logo.status == 200 and logo.header("content-type") == "image/svg+xml"


def test_wrong_password_keeps_the_email_and_says_why():
    browser = Browser(PORTAL_URL)
    page = browser.log_in(MARY[0], "not-the-password")
    assert page.status == 200, page.status
    assert "The e-mail address or password is not correct" in page.text
    assert 'value="mary.smith@northwind.example"' in page.text
    assert "portal_session" not in browser.cookies


def test_unknown_email_gets_the_same_answer_as_a_wrong_password():
    page = Browser(PORTAL_URL).log_in("nobody@northwind.example", "Demo-Portal-1")
    assert page.status == 200
    assert "The e-mail address or password is not correct" in page.text


def test_empty_fields_are_asked_for():
    page = Browser(PORTAL_URL).log_in("", "")
    assert page.status == 400
    assert "Please enter your e-mail address and your password" in page.text


def test_login_without_the_form_token_is_refused():
    browser = Browser(PORTAL_URL)
    page = browser.post("/login", {"email": MARY[0], "password": MARY[1]})
    assert page.status == 400
    assert "The form had expired" in page.text
    assert "portal_session" not in browser.cookies


def test_login_sets_a_new_protected_session_cookie():
    browser = Browser(PORTAL_URL)
    browser.cookies["portal_session"] = "a" * 64  # planted before login (session fixation)
    answer = browser.log_in(*MARY)
    assert answer.status == 303 and answer.header("location") == "/", (answer.status, answer.text[:300])
    cookie = [c for c in answer.header_all("set-cookie") if c.startswith("portal_session=")][0]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert browser.cookies["portal_session"] != "a" * 64
    other = Browser(PORTAL_URL)
    other.log_in(*MARY)
    assert other.cookies["portal_session"] != browser.cookies["portal_session"]


def test_logout_ends_the_session():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    cases = browser.get("/cases")
    old_cookie = browser.cookies["portal_session"]
    token = cases.hidden_input("csrf_token")
    refused = browser.post("/logout", {"csrf_token": "wrong"})
    assert refused.status == 400
    assert browser.get("/cases").status == 200  # still logged in
    answer = browser.post("/logout", {"csrf_token": token})
    assert answer.status == 303 and answer.header("location") == "/login?signed_out=1"
    assert "You have signed out" in browser.get("/login?signed_out=1").text
    replay = Browser(PORTAL_URL)
    replay.cookies["portal_session"] = old_cookie
    after = replay.get("/cases")
    assert after.status == 303 and after.header("location") == "/login?next=%2Fcases"


def test_a_page_asked_for_before_sign_in_opens_after_it():
    browser = Browser(PORTAL_URL)
    asked = browser.get("/kb?x=1")
    assert asked.status == 303 and asked.header("location") == "/login?next=%2Fkb%3Fx%3D1"
    form = browser.get(asked.header("location"))
    assert 'name="next" value="/kb?x=1"' in form.text
    answer = browser.post("/login", {"email": MARY[0], "password": MARY[1], "csrf_token": form.hidden_input("csrf_token"),
                                     "next": "/kb?x=1"})
    assert answer.status == 303 and answer.header("location") == "/kb?x=1"
    # Never to another site, nor back to the sign-in page.
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example", "/login"):
        other = Browser(PORTAL_URL)
        form = other.get("/login")
        answer = other.post("/login", {"email": MARY[0], "password": MARY[1],
                                       "csrf_token": form.hidden_input("csrf_token"), "next": target})
        assert answer.header("location") == "/", (target, answer.header("location"))
