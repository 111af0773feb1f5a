"""Login throttling: wrong passwords lock an account (and a client address)
for a while, said in the customer's language; an unknown e-mail is answered
exactly like a wrong password, locked or not, in content and in time.

Each test runs its own portal node, so its failures do not lock the main
node's demo accounts for the tests that follow."""

import re
import statistics
import time

from extra_node import Node
from http_client import Browser
from stack import MARY, PETER, TOM

LENA = ("lena.berg@eastwind.example", "Demo-Portal-3")


def timed_login(url, email, password, language=None):
    browser = Browser(url)
    if language:
        browser.cookies["portal_language"] = language
    started = time.monotonic()
    answer = browser.log_in(email, password)
    return answer, time.monotonic() - started


def test_wrong_passwords_lock_the_account_and_say_for_how_long():
    with Node("lockout", {}) as node:
        for _ in range(5):
            answer, _ = timed_login(node.url, MARY[0], "not-the-password")
            assert answer.status == 200 and "password is not correct" in answer.text
        locked, _ = timed_login(node.url, MARY[0], MARY[1])  # the right password, but locked
        assert locked.status == 429, locked.status
        assert "try again in 15 minutes" in locked.text, locked.text[:2000]
        assert locked.header("retry-after") and 0 < int(locked.header("retry-after")) <= 900
        assert "portal_session=" not in " ".join(locked.header_all("set-cookie"))
        german, _ = timed_login(node.url, MARY[0], MARY[1], "de_de")
        assert "in 15 Minuten erneut" in german.text
        other, _ = timed_login(node.url, *PETER)  # another account from the same address goes on
        assert other.status == 303 and other.header("location") == "/"


def test_an_address_with_many_failures_is_locked_for_every_account():
    with Node("address-lock", {"login_failures_per_address": 6}) as node:
        for number in range(6):
            timed_login(node.url, "visitor%d@example.org" % number, "guess-%d" % number)
        locked, _ = timed_login(node.url, *TOM)
        assert locked.status == 429 and "try again in" in locked.text


def normalised(answer):
    """An answer with what differs on every request anyway (the form token) blanked."""
    text = re.sub(r'name="csrf_token" value="[0-9a-f]+"', 'name="csrf_token" value=""', answer.text)
    text = text.replace(answer_email(answer), "EMAIL")
    cookies = sorted(re.sub(r"=[0-9a-f]+;", "=;", c) for c in answer.header_all("set-cookie"))
    headers = sorted(name for name, _ in answer.headers if name not in ("date", "retry-after", "content-length"))
    return answer.status, text, cookies, headers


def answer_email(answer):
    match = re.search(r'name="email" value="([^"]*)"', answer.text)
    return match.group(1) if match and match.group(1) else "\0"


def median_time(url, attempts):
    return statistics.median(timed_login(url, email, password)[1] for email, password in attempts)


def assert_similar(known, unknown, what):
    # Loose enough for a busy machine, tight enough to catch a skipped password hash (tens of ms).
    tolerance = max(0.5 * max(known, unknown), 0.03)
    print("        %s: known e-mail %.1f ms, unknown e-mail %.1f ms (median)" % (what, known * 1000, unknown * 1000))
    assert abs(known - unknown) <= tolerance, (what, known, unknown)


def test_unknown_and_known_emails_get_the_same_answer_in_the_same_time():
    known_accounts = [MARY, PETER, LENA, TOM]
    unknown_accounts = [("nobody%d@northwind.example" % n, "x") for n in range(4)]
    with Node("enumeration", {"login_failures_per_address": 1000}) as node:
        known = timed_login(node.url, MARY[0], "wrong-password-1")[0]
        unknown = timed_login(node.url, unknown_accounts[0][0], "wrong-password-1")[0]
        assert normalised(known) == normalised(unknown)
        # Three more wrong passwords per account: still below the lock of five.
        tries_known = [(email, "wrong-%d" % n) for n in range(3) for email, _ in known_accounts]
        tries_unknown = [(email, "wrong-%d" % n) for n in range(3) for email, _ in unknown_accounts]
        assert_similar(median_time(node.url, tries_known), median_time(node.url, tries_unknown), "wrong password")
        # The fifth failure locks known and unknown accounts alike.
        locked_known = timed_login(node.url, MARY[0], "wrong-5")[0]
        locked_unknown = timed_login(node.url, unknown_accounts[0][0], "wrong-5")[0]
        assert locked_known.status == 200 and locked_unknown.status == 200
        for email, _ in known_accounts[1:] + unknown_accounts[1:]:
            for attempt in (4, 5):
                timed_login(node.url, email, "wrong-%d" % attempt)
        known = timed_login(node.url, MARY[0], MARY[1])[0]
        unknown = timed_login(node.url, unknown_accounts[0][0], MARY[1])[0]
        assert known.status == 429 and normalised(known) == normalised(unknown)
        tries_known = [(email, "x") for _ in range(4) for email, _ in known_accounts]
        tries_unknown = [(email, "x") for _ in range(4) for email, _ in unknown_accounts]
        assert_similar(median_time(node.url, tries_known), median_time(node.url, tries_unknown), "locked")
