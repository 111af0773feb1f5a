"""Every POST route refuses a form without the session's CSRF token, or with
a wrong one: 400 "the form had expired", and nothing happens. The routes come
from the portal's own route table (`portal routes`), so a new POST route is
covered the day it is added."""

import os
import re
import subprocess

from extra_node import REPO
from http_client import Browser
from stack import MARY, PORTAL_URL

# What a form might carry; a route that forgot its CSRF check would act on it.
FORM = {"current_password": MARY[1], "new_password": "Csrf-Check-Password-7",
        "new_password_again": "Csrf-Check-Password-7", "email": MARY[0], "password": MARY[1],
        "title": "CSRF check", "comment": "CSRF check", "description": "CSRF check"}


def post_routes():
    listing = subprocess.run([os.environ["PORTAL_BINARY"], "routes", "--config", os.environ["STACK_CONFIG"],
                              "--root", REPO], check=True, capture_output=True, text=True).stdout
    routes = [line.split(" ", 1) for line in listing.splitlines() if line.strip()]
    assert any(method == "GET" for method, _ in routes), listing
    return [pattern for method, pattern in routes if method == "POST"]


def real_id(browser, pattern, name):
    """A value for {name}: the first record id (CRM ids look like 17x101) linked from
    the page of the path before it, else one of the customer's cases."""
    prefix = pattern.split("{" + name + "}")[0].rstrip("/") or "/"
    page = browser.get(prefix)
    match = re.search(r'href="%s/(\d+x\d+)' % re.escape(prefix.rstrip("/")), page.text)
    if match:
        return match.group(1)
    cases = browser.get("/cases")
    return re.search(r'href="/cases/(\d+x\d+)', cases.text).group(1)


def filled(browser, pattern):
    path = pattern
    for name in re.findall(r"{([^}]+)}", pattern):
        path = path.replace("{%s}" % name, real_id(browser, pattern, name))
    return path


def test_every_post_route_refuses_a_missing_or_wrong_token():
    routes = post_routes()
    assert "/logout" in routes and "/account/password" in routes, routes
    browser = Browser(PORTAL_URL)
    assert browser.log_in(*MARY).status == 303
    for pattern in routes:
        path = filled(browser, pattern)
        for token in (None, "0" * 64):
            form = dict(FORM) if token is None else dict(FORM, csrf_token=token)
            answer = browser.post(path, form)
            assert answer.status == 400, (path, token, answer.status)
            assert "The form had expired" in answer.text, (path, answer.text[:500])
            assert browser.get("/cases").status == 200, (path, "the session ended")
    fresh = Browser(PORTAL_URL)
    assert fresh.log_in(*MARY).status == 303  # the password did not change
