"""Every form answers alike: the same input gets the same verdict and the
same words on every form, and a CRM that cannot be reached (here: its TLS
handshake fails) is "unreachable" (503) on every form page, never
"refused"."""

import html
import re
import uuid

from extra_node import Node
from http_client import Browser
from stack import CRM_URL, MARY, TOM
from test_case_forms import post_multipart
from test_shared_sessions import mariadb_overrides, on_node
from test_typed_text import form_fields, logged_in, new_case, with_value

TOO_LONG = "x" * 256


def first_line_field(fields, page):
    """The first one-line text input of the form's fields."""
    for name, _ in fields:
        if re.search(r'<input type="text" id="field-%s" name="%s"' % (re.escape(name), re.escape(name)), page.text):
            return name
    return None


def field_error(page, name):
    found = re.search(r'<p class="field-error" id="field-%s-error">([^<]*)</p>' % re.escape(name), page.text)
    return html.unescape(found.group(1)) if found else None


def test_the_same_too_long_line_gets_the_same_words_on_every_form():
    browser = logged_in(TOM)
    case_id = new_case(browser, "Verdicts " + uuid.uuid4().hex[:8]).header("location").rsplit("/", 1)[1]
    mary = logged_in(MARY)
    asset = re.search(r'href="(/assets/[0-9x]+)"', mary.get("/assets").text).group(1)
    forms = [(browser, "/cases/new", "/cases", True), (browser, "/cases/%s/edit" % case_id, None, False),
             (browser, "/profile", "/profile", False), (mary, asset + "/edit", None, False)]
    verdicts = {}
    for who, page_path, action, multipart in forms:
        page = who.get(page_path)
        assert page.status == 200, (page_path, page.status)
        action = action or page_path
        fields = form_fields(page, action)
        name = first_line_field(fields, page)
        assert name, "a one-line field on " + page_path
        fields = with_value(fields, name, TOO_LONG)
        answer = post_multipart(who, action, fields) if multipart else who.post(action, fields)
        assert answer.status in (400, 422), (page_path, answer.status)
        verdicts[page_path] = field_error(answer, name)
        # Nothing typed is lost: the value is back in the form.
        assert 'value="%s"' % TOO_LONG in answer.text, page_path
    assert set(verdicts.values()) == {"This is too long: at most 255 characters."}, verdicts


def test_a_tls_failure_is_crm_unreachable_on_every_form_page():
    crm_port = CRM_URL.rsplit(":", 1)[1]
    # The CRM's address with https: on a port that speaks plain HTTP, the
    # TLS handshake fails as it does with a wrong or expired certificate.
    broken = dict(mariadb_overrides(), site_URL="https://127.0.0.1:%s/" % crm_port)
    with Node("tls-good", mariadb_overrides()) as good, Node("tls-broken", broken) as bad:
        browser = Browser(good.url)
        assert browser.log_in(*TOM).status == 303
        case_id = new_case(browser, "TLS " + uuid.uuid4().hex[:8]).header("location").rsplit("/", 1)[1]
        token = browser.get("/cases/" + case_id).hidden_input("csrf_token")
        there = on_node(browser, bad)
        # (The password form itself needs no CRM: it shows.)
        gets = ["/cases/new", "/cases/%s/edit" % case_id, "/profile", "/cases/" + case_id, "/documents"]
        for path in gets:
            answer = there.get(path)
            assert answer.status == 503, (path, answer.status)
            assert "cannot be reached" in answer.text or "unreachable" in answer.text.lower(), path
        posts = [("/cases", {"ticket_title": "x", "ticketpriorities": "Low", "description": "y"}),
                 ("/cases/%s/comments" % case_id, {"comment": "kept?"}),
                 ("/cases/%s/edit" % case_id, {"ticket_title": "x"}),
                 ("/cases/%s/close" % case_id, {"comment": ""}),
                 ("/profile", {"firstname": "Tom"}),
                 ("/account/password", {"current_password": TOM[1], "new_password": "Another-Pass-9",
                                        "new_password_again": "Another-Pass-9"})]
        for path, form in posts:
            answer = there.post(path, dict(form, csrf_token=token))
            assert answer.status == 503, (path, answer.status)
        # A visitor's form: sign-up and the forgotten password.
        visitor = Browser(bad.url)
        for path, form in [("/signup", {"email": "new.person@contoso.example", "firstname": "New",
                                        "lastname": "Person", "password": "Long-Enough-Pass-1",
                                        "password_again": "Long-Enough-Pass-1"})]:
            page = visitor.get(path)
            if page.status == 404:
                continue  # sign-up is off on this stack
            answer = visitor.post(path, dict(form, csrf_token=page.hidden_input("csrf_token")))
            assert answer.status == 503, (path, answer.status)
        login = visitor.get("/login")
        answer = visitor.post("/login", {"email": TOM[0], "password": TOM[1],
                                         "csrf_token": login.hidden_input("csrf_token")})
        assert answer.status == 503, answer.status
