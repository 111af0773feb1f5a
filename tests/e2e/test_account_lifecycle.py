"""The account's life: forgotten password and reset links, invitations, self
sign-up with its captcha and e-mail confirmation, the end of the support
period, and the sign-in history. Mail is read from the test stack's SMTP
sink (tests/mail_sink.py), as the customer would read it."""

import email
import email.policy
import glob
import os
import re
import subprocess
import time
import uuid
import warnings

from http_client import Browser
from stack import MARY, PORTAL_URL

MAIL_DIR = os.environ.get("MAIL_DIR", "")
PORTAL_LOG = os.environ.get("PORTAL_LOG", "")
DB_SOCKET = os.environ.get("DB_SOCKET", "")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"


def sql(statement):
    """A statement on the reference CRM's database, for what the tests set up
    (support dates, a link's expiry) that no portal page changes."""
    done = subprocess.run(["mariadb", "--no-defaults", "--socket=" + DB_SOCKET, "-uroot", "-N", "refcrm",
                           "-e", statement], check=True, capture_output=True, text=True)
    return done.stdout.strip()


def new_contact(support_end="CURDATE() + INTERVAL 1 YEAR"):
    """A contact of Northwind with a portal login whose password is Mary's."""
    address = "e2e.%s@northwind.example" % uuid.uuid4().hex[:10]
    sql("INSERT INTO contacts (first_name, last_name, email, organisation_id, portal, support_start_date, "
        "support_end_date) SELECT 'Erin', 'Test', '%s', organisation_id, 1, CURDATE() - INTERVAL 1 YEAR, %s "
        "FROM contacts WHERE email = '%s'; "
        "INSERT INTO portal_logins (contact_id, user_name, password_hash, cryptmode, isactive) "
        "SELECT LAST_INSERT_ID(), '%s', password_hash, 'CRYPT', 1 FROM portal_logins WHERE user_name = '%s'"
        % (address, support_end, MARY[0], address, MARY[0]))
    return address


def mail_to(address, seconds=20):
    """The newest mail the CRM sent to address (its body), waiting for it."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        for path in sorted(glob.glob(os.path.join(MAIL_DIR, "*.eml")), reverse=True):
            with open(path, "rb") as handle:
                message = email.message_from_binary_file(handle, policy=email.policy.default)
            if message["To"] == address:
                return message.get_content()
        time.sleep(0.3)
    raise AssertionError("no mail to %s arrived in the sink" % address)


def link_in(body, path):
    match = re.search(r"https?://[^/\s]+(%s\?token=[0-9]+\.[0-9a-f]+)" % re.escape(path), body)
    assert match, body
    return match.group(1)


def post_form(browser, page_path, action, fields):
    page = browser.get(page_path)
    assert page.status == 200, (page.status, page.text[:300])
    form = dict(fields, csrf_token=page.hidden_input("csrf_token"))
    for hidden in ("token", "captcha"):
        if page.hidden_input(hidden) is not None and hidden not in form:
            form[hidden] = page.hidden_input(hidden)
    return browser.post(action, form)


def ask_for_reset(address):
    answer = post_form(Browser(PORTAL_URL), "/forgot-password", "/forgot-password", {"email": address})
    assert answer.status == 200, (answer.status, answer.text[:300])
    return answer


def set_password(browser, link, password, again=None):
    return post_form(browser, link, "/reset-password",
                     {"password": password, "password_again": password if again is None else again})


def test_login_page_offers_help_with_a_forgotten_password():
    page = Browser(PORTAL_URL).get("/login")
    assert 'href="/forgot-password"' in page.text and "Forgot your password?" in page.text


def test_forgotten_password_by_link_policy_first_then_sign_in():
    address = new_contact()
    answer = ask_for_reset(address)
    assert "we have sent a link to choose a new password" in answer.text
    link = link_in(mail_to(address), "/reset-password")
    browser = Browser(PORTAL_URL)
    form = browser.get(link)
    assert form.status == 200 and "Choose a new password" in form.text
    assert "At least 10 characters" in form.text and 'value="%s"' % address in form.text
    weak = set_password(browser, link, "short")
    assert weak.status == 400 and "The password is too short: use at least 10 characters." in weak.text
    differ = set_password(browser, link, "Fresh-Portal-Pass-9", "Fresh-Portal-Pass-8")
    assert differ.status == 400 and "The two passwords are not the same" in differ.text
    done = set_password(browser, link, "Fresh-Portal-Pass-9")
    assert done.status == 303 and done.header("location") == "/login?password_set=1", (done.status, done.text[:300])
    assert "Your password is saved" in Browser(PORTAL_URL).get("/login?password_set=1").text
    assert Browser(PORTAL_URL).log_in(address, "Fresh-Portal-Pass-9").header("location") == "/"
    assert "not correct" in Browser(PORTAL_URL).log_in(address, MARY[1]).text
    again = Browser(PORTAL_URL).get(link)
    assert again.status == 410 and "already been used" in again.text and 'href="/forgot-password"' in again.text


def test_an_expired_or_unknown_link_says_to_ask_for_a_new_one():
    address = new_contact()
    ask_for_reset(address)
    link = link_in(mail_to(address), "/reset-password")
    token_id = re.search(r"token=([0-9]+)\.", link).group(1)
    sql("UPDATE password_reset_tokens SET expires_at = NOW() - INTERVAL 1 MINUTE WHERE id = %s" % token_id)
    expired = Browser(PORTAL_URL).get(link)
    assert expired.status == 410 and "This link has expired." in expired.text
    assert "ask for a new link" in expired.text and 'href="/forgot-password"' in expired.text
    unknown = Browser(PORTAL_URL).get("/reset-password?token=999999.0123456789abcdef")
    assert unknown.status == 410 and "This link is not valid" in unknown.text
    forged = Browser(PORTAL_URL).get(link[:-4] + "0000")
    assert forged.status == 410 and "This link is not valid" in forged.text


def test_forgot_password_answers_the_same_for_unknown_addresses():
    known = new_contact()
    unknown = known.replace("e2e.", "nobody.")
    started = time.time()
    known_page = ask_for_reset(known)
    known_time = time.time() - started
    started = time.time()
    unknown_page = ask_for_reset(unknown)
    unknown_time = time.time() - started
    assert known_page.text.replace(known, "ADDRESS") == unknown_page.text.replace(unknown, "ADDRESS")
    assert abs(known_time - unknown_time) < 0.4, (known_time, unknown_time)
    refused = Browser(PORTAL_URL).post("/forgot-password", {"email": known})
    assert refused.status == 400 and "The form had expired" in refused.text and known in refused.text


def test_an_invitation_welcomes_and_sets_the_first_password():
    # The invitation as `reference-crm admin contact enable` makes it: a link
    # in the same token table, living longer than a reset link.
    address = new_contact()
    secret = uuid.uuid4().hex
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import crypt
        secret_hash = crypt.crypt(secret, crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024))
    token_id = sql("INSERT INTO password_reset_tokens (contact_id, secret_hash, expires_at) SELECT contact_id, '%s', "
                   "NOW() + INTERVAL 7 DAY FROM portal_logins WHERE user_name = '%s'; SELECT LAST_INSERT_ID()"
                   % (secret_hash, address))
    link = "/reset-password?token=%s.%s" % (token_id, secret)
    browser = Browser(PORTAL_URL)
    page = browser.get(link)
    assert page.status == 200 and "Welcome to the customer portal" in page.text, page.text[:500]
    assert set_password(browser, link, "First-Portal-Pass-3").status == 303
    assert Browser(PORTAL_URL).log_in(address, "First-Portal-Pass-3").header("location") == "/"


def captcha_answer(token):
    deadline = time.time() + 5
    while time.time() < deadline:
        with open(PORTAL_LOG, encoding="utf-8", errors="replace") as log:
            found = re.findall(r"challenge %s answer ([0-9]+)" % re.escape(token[:24]), log.read())
        if found:
            return found[-1]
        time.sleep(0.2)
    raise AssertionError("the test-only captcha log line is missing")


def test_sign_up_with_captcha_confirm_by_mail_and_sign_in():
    browser = Browser(PORTAL_URL)
    assert 'href="/signup"' in browser.get("/login").text
    form = browser.get("/signup")
    assert form.status == 200 and 'name="captcha_answer"' in form.text
    picture = browser.get("/signup/captcha?c=" + form.hidden_input("captcha"))
    assert picture.status == 200 and picture.header("content-type") == "image/svg+xml"
    assert "<text" not in picture.text and "<svg " in picture.text
    address = "signup.%s@example.org" % uuid.uuid4().hex[:10]
    typed = {"first_name": "Sam", "last_name": "Signup", "email": address, "organisation": "Acme Widgets",
             "password": "Signup-Portal-77", "password_again": "Signup-Portal-77"}
    wrong = browser.post("/signup", dict(typed, csrf_token=form.hidden_input("csrf_token"),
                                         captcha=form.hidden_input("captcha"), captcha_answer="999"))
    assert wrong.status == 400 and "The result of the addition was not correct" in wrong.text
    assert 'value="Sam"' in wrong.text and 'value="%s"' % address in wrong.text and 'value="Acme Widgets"' in wrong.text
    assert "Signup-Portal-77" not in wrong.text
    new_captcha = wrong.hidden_input("captcha")
    assert new_captcha != form.hidden_input("captcha")
    sent = browser.post("/signup", dict(typed, csrf_token=wrong.hidden_input("csrf_token"), captcha=new_captcha,
                                        captcha_answer=captcha_answer(new_captcha)))
    assert sent.status == 200 and "We have sent an e-mail to %s" % address in sent.text, sent.text[:800]
    assert "not correct" in Browser(PORTAL_URL).log_in(address, "Signup-Portal-77").text  # not before confirming
    link = link_in(mail_to(address), "/signup/confirm")
    confirmed = Browser(PORTAL_URL).get(link)
    assert confirmed.status == 303 and confirmed.header("location") == "/login?signed_up=1"
    assert Browser(PORTAL_URL).log_in(address, "Signup-Portal-77").header("location") == "/"
    reused = Browser(PORTAL_URL).get(link)
    assert reused.status == 410 and "already been used" in reused.text


def test_a_contact_whose_support_ended_is_told_so_with_our_contact_details():
    address = new_contact("CURDATE() - INTERVAL 3 DAY")
    page = Browser(PORTAL_URL).log_in(address, MARY[1])
    assert page.status == 403, (page.status, page.text[:300])
    assert "Your support period ended on" in page.text
    assert "Bluebird Support Ltd" in page.text and "+44 117 496 0000" in page.text
    wrong = Browser(PORTAL_URL).log_in(address, "not-the-password")
    assert wrong.status == 200 and "The e-mail address or password is not correct" in wrong.text
    assert "support period" not in wrong.text


def test_a_support_period_ending_soon_is_noticed_on_every_page():
    address = new_contact("CURDATE() + INTERVAL 5 DAY")
    browser = Browser(PORTAL_URL)
    assert browser.log_in(address, MARY[1]).header("location") == "/"
    for path in ("/cases", "/kb"):
        assert "Your support period ends on" in browser.get(path).text, path
    mary = Browser(PORTAL_URL)
    mary.log_in(*MARY)
    assert "Your support period ends on" not in mary.get("/cases").text


def test_the_sign_in_history_shows_the_browser_and_address():
    address = new_contact()
    browser = Browser(PORTAL_URL)
    token = browser.get("/login").hidden_input("csrf_token")
    answer = browser.request("POST", "/login", form={"email": address, "password": MARY[1], "csrf_token": token},
                             headers={"User-Agent": FIREFOX})
    assert answer.status == 303
    page = browser.get("/account/logins")
    assert page.status == 200 and "Sign-in history" in page.text
    assert "Firefox on Linux" in page.text and "127.0.0.1" in page.text
    assert 'href="/account/logins"' in browser.get("/cases").text
    assert Browser(PORTAL_URL).get("/account/logins").status == 303
